import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-duplicate-code',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a code registered twice',
  docs: 'A code is registered once. The second entry is ignored, and the articles it lists are not linked to the code.',
  messages: {
    duplicate: {
      message: '{{code}} is already registered in {{file}} (line {{line}}).',
      hint: 'Keep one entry: merge the two, listing every article in the one kept.',
    },
  },
});
