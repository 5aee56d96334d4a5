import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'media-link-case',
  severity: 'warning',
  blocksPublishing: false,
  area: 'media',
  summary: 'a link that only works on a case-insensitive disk',
  docs: 'A link whose letter case differs from the file on disk works on Windows and macOS, where docsets are written, but not on the web server. The page links the file as it is on disk all the same; correct the link so that the Markdown says what the site does.',
  messages: {
    caseMismatch: {
      message:
        'The link "{{href}}" differs in case from the file on disk, "{{target}}": it works on Windows and macOS but not on the web server.',
      hint: 'Change the link to "{{fixed}}".',
    },
  },
});
