import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'invariant-lost-in-translation',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary:
    'a registered code, symbolic name, protocol identifier or inline code of the English is missing from the translation (a warning when the translation is stale)',
  docs: 'What a reader types or searches for must survive translation unchanged: registered error codes, their symbolic names, protocol identifiers and inline code. A side-by-side translation is compared segment by segment with the English beside it; another translation with its source article as a whole. When the translation is stale, the source may have changed since it was translated, so the loss is a warning.',
  messages: {
    segment: {
      message: 'The {{invariant}} is in the English of segment {{segment}} but not in its translation.',
      hint: 'Put "{{text}}" back into the translated text exactly as in the English.',
    },
    article: {
      message: 'The {{invariant}} (source line {{sourceLine}}) appears nowhere in this translation.',
      hint: 'Copy "{{text}}" unchanged from the source article into the matching sentence.',
    },
    articleStale: {
      message:
        'The {{invariant}} (source line {{sourceLine}}) appears nowhere in this translation. The translation is stale, so the source may have changed since.',
      hint: 'Copy "{{text}}" unchanged from the source article into the matching sentence.',
      severity: 'warning',
    },
  },
});
