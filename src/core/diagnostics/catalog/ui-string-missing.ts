import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'ui-string-missing',
  severity: 'warning',
  blocksPublishing: false,
  area: 'site',
  summary: 'a UI string of the site falls back to English',
  docs: "The site's own strings (menus, notices, search) come from `locales/<locale>.json`. A locale without its file, or a key missing from it, shows English there.",
  messages: {
    noFile: {
      message: 'The site has no UI strings for {{locale}}; its pages will show English menus and notices.',
      hint: 'Copy locales/{{fallback}}.json to locales/{{locale}}.json and translate the values.',
    },
    missingKey: {
      message: 'UI string "{{key}}" is missing for {{locale}}; English is shown instead.',
      hint: 'Add "{{key}}" to locales/{{locale}}.json (English: "{{english}}").',
    },
  },
});
