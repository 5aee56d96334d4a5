import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'media-link-missing',
  severity: 'warning',
  blocksPublishing: false,
  area: 'media',
  summary: "a local link that points at nothing, or outside the locale's folder",
  docs: "A local link must point at a file in the article's own locale folder, which is published on its own. A link to a file that does not exist, or to another locale's folder, is broken on the site. The hint names a file of the same name when there is one.",
  messages: {
    outside: {
      message: 'The link "{{href}}" points outside the {{locale}}/ folder, which is published on its own.',
      hint: 'Copy the file into {{locale}}/media/ and link it as "{{suggestion}}".',
    },
    missingGuess: {
      message: 'The link "{{href}}" points at no file in {{locale}}/.',
      hint: 'A file of that name exists: link it as "{{suggestion}}".',
    },
    missingFile: {
      message: 'The link "{{href}}" points at no file in {{locale}}/.',
      hint: 'Add the file under {{locale}}/media/, or correct the link.',
    },
    missingPage: {
      message: 'The link "{{href}}" points at no file in {{locale}}/.',
      hint: 'Correct the link: another article is linked by its .md file, a page elsewhere by its https:// address.',
    },
  },
});
