import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-invalid-yaml',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a registry file is not valid YAML',
  docs: 'A registry file that is not valid YAML registers none of its codes. The message quotes the YAML parser at the position of the problem.',
  messages: {
    invalidYaml: {
      message: 'The file is not valid YAML: {{problem}}',
      hint: 'Fix the YAML syntax at this position (indentation, quotes, a missing colon).',
    },
    aliases: {
      message: 'The file is not valid YAML: {{problem}}',
      hint: 'Write the values out instead of repeating them with YAML anchors and aliases (&name, *name).',
    },
  },
});
