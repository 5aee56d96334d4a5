import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-yaml',
  severity: 'error',
  blocksPublishing: true,
  area: 'front-matter',
  summary: 'the front matter is not valid YAML',
  docs: 'The front matter is YAML. A translated key, a value with an unquoted `: `, a tab used for indentation or an alias makes it unreadable, and the article is not published. The message quotes the YAML parser; the hint names the usual fix.',
  messages: {
    syntax: {
      message: 'The front matter is not valid YAML: {{problem}}',
      hint: 'Quote values that contain ":", "#", "[" or "{", and indent list items with spaces.',
    },
    syntaxColon: {
      message: 'The front matter is not valid YAML: {{problem}}',
      hint: 'Put a space after each ":" and quote values that contain ": ".',
    },
    syntaxTab: {
      message: 'The front matter is not valid YAML: {{problem}}',
      hint: 'Indent with spaces, not tabs.',
    },
    syntaxDuplicate: {
      message: 'The front matter is not valid YAML: {{problem}}',
      hint: 'Keep one of the duplicate keys.',
    },
    keyNotText: {
      message: 'A front-matter key must be plain text.',
      hint: 'Write the key as plain text followed by ":".',
    },
    valueUnreadable: {
      message: 'The value of "{{key}}" cannot be read: {{problem}}',
      hint: 'Remove YAML aliases and anchors from the front matter; write the value out.',
    },
  },
});
