import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-invalid',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a missing or wrongly typed value in a registry file',
  docs: 'A registry file whose values are missing or of the wrong type (a list where text is expected) registers none of its codes.',
  messages: {
    missing: {
      message: '{{name}} is missing.',
      hint: 'Add "{{key}}:" here.',
    },
    invalid: {
      message: '{{name}} {{problem}}.',
      hint: 'See the other files in content/error-codes/ for the expected shape.',
    },
  },
});
