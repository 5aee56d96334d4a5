import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-noncanonical-code',
  severity: 'warning',
  blocksPublishing: false,
  area: 'error-codes',
  summary: "a code not written in its family's canonical form",
  docs: "Codes are registered in their family's canonical form (prefix and letter case). A code written otherwise is registered in canonical form all the same.",
  messages: {
    noncanonical: {
      message: '"{{code}}" is registered as {{canonical}}.',
      hint: 'Write it as {{canonical}}.',
    },
  },
});
