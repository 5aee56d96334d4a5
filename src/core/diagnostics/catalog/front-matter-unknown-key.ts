import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-unknown-key',
  severity: 'warning',
  blocksPublishing: false,
  area: 'front-matter',
  summary: 'a key errata does not know, with "did you mean" (`ms.reviwer` → `ms.reviewer`)',
  docs: 'errata knows the keys of the Microsoft Docs schema. An unknown key is usually a typo, and the value it carries is then ignored; the message suggests the closest known key.',
  messages: {
    unknown: {
      message: 'Unknown front-matter key "{{key}}".',
      hint: 'Remove the key, or use one of: {{known}}, ….',
    },
    unknownSuggest: {
      message: 'Unknown front-matter key "{{key}}"; did you mean "{{suggestion}}"?',
      hint: 'Rename the key to "{{suggestion}}".',
    },
  },
});
