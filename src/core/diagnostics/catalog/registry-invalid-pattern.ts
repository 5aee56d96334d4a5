import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-invalid-pattern',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a family pattern that is not a usable regular expression',
  docs: "A family's `pattern` finds its codes in articles. It must be a JavaScript regular expression that matches one code, without back-references; otherwise the family is not loaded.",
  messages: {
    invalid: {
      message: 'The {{key}} cannot be used: {{problem}}.',
      hint: 'Write a JavaScript regular expression that matches one code, without back-references.',
    },
  },
});
