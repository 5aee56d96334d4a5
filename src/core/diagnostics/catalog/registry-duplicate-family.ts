import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-duplicate-family',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a code family defined in two files',
  docs: 'Each family is defined once. A second file with the same family id is not loaded.',
  messages: {
    duplicate: {
      message: 'The family "{{family}}" is already defined in {{file}}.',
      hint: 'Move these codes into {{file}}, or give this family another id.',
    },
  },
});
