import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-code-mismatch',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: "a registered code that its family's pattern does not match",
  docs: "A code that its family's pattern does not match could never be found in an article, so it is not registered.",
  messages: {
    mismatch: {
      message: '"{{code}}" does not match the {{family}} pattern.',
      hint: 'Correct the code, move it to the file of its family, or widen the family pattern.',
    },
  },
});
