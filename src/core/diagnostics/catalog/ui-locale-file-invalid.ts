import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'ui-locale-file-invalid',
  severity: 'error',
  blocksPublishing: false,
  area: 'site',
  summary: 'a file of UI strings in locales/ is not valid JSON',
  docs: 'A file in `locales/` must be one JSON object of `"key": "text"` pairs. When it does not parse — a trailing comma, a missing comma or quote, an unescaped `"` inside a string — none of its strings can be used and that locale\'s pages show English menus and notices. errata reports the file once, at the line and column where it breaks, instead of reporting each of its strings as missing.',
  messages: {
    notJson: {
      message:
        'locales/{{locale}}.json is not valid JSON: {{reason}}. None of its strings can be used; its pages show English.',
      hint: 'Fix the JSON at this line and column (a trailing comma, a missing comma or quote, an unescaped " inside a string).',
    },
    notAnObject: {
      message:
        'locales/{{locale}}.json is not one JSON object of "key": "text" pairs. None of its strings can be used; its pages show English.',
      hint: 'Write the file as one object, { "site.name": "…", … }, like locales/{{fallback}}.json.',
    },
  },
});
