import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-file-name',
  severity: 'warning',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a registry file not named after its family',
  docs: 'A family is found by writers by its file name: `aadsts.yml` holds the `aadsts` family. The family is loaded all the same.',
  messages: {
    mismatch: {
      message: 'The family "{{family}}" is in {{name}}.',
      hint: 'Rename the file to {{family}}.yml so writers find each family by name.',
    },
  },
});
