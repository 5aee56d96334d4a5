import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-unreadable',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'the registry folder or a registry file cannot be read',
  docs: 'errata reads every `content/error-codes/*.yml` file. A folder or file it cannot read (permissions, a broken file) leaves its codes unregistered.',
  messages: {
    folder: {
      message: 'The registry folder cannot be read: {{problem}}',
      hint: "Check the folder's permissions.",
    },
    file: {
      message: 'The file cannot be read: {{problem}}',
      hint: 'Check that it is a readable file.',
    },
  },
});
