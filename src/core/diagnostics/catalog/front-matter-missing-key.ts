import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-missing-key',
  severity: 'error',
  blocksPublishing: true,
  area: 'front-matter',
  summary: 'no `title` (error); a translation without its localization keys (warning)',
  docs: 'An article needs a `title`: without one it has no name in lists, search or the browser tab, and it is not published. A translation should also carry the keys the localization system writes (`ms.contentlocale`, `ms.translationtype`, `ms.openlocfilehash`, `ms.lasthandoff`); without them errata cannot tell whether it is stale, which is a warning.',
  messages: {
    noTitle: {
      message: 'The front matter has no "title".',
      hint: 'Add a line "title: …" with the article\'s title.',
    },
    noTranslationKey: {
      message: 'The translation has no "{{key}}".',
      hint: 'Add "{{key}}"; the localization system normally writes it.',
      severity: 'warning',
    },
  },
});
