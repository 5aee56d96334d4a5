import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-symlink-outside',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary:
    'a symbolic link (file or folder) whose target is outside the content folder; any link in a docset being imported',
  docs: 'errata reads and publishes only what is inside the content folder. A symbolic link — an article, a media file, a locale or media folder — that points outside it could publish any file of the machine that builds the site (a password file, a private key), so it is neither read nor published, and nothing of its target is shown in the report. Links that stay inside the content folder are followed. Copy the file into the content folder instead of linking it.',
  messages: {
    file: {
      message: '{{path}} is a symbolic link to a file outside the content folder: it is not read or published.',
      hint: 'Copy the file into the content folder instead of linking to it, or delete the link.',
    },
    notImported: {
      message:
        '{{path}} is a symbolic link in the docset: errata import copies files, never links, so it is not imported.',
      hint: 'Put the file itself into the docset (not a link to it) and import again.',
      severity: 'warning',
    },
    folder: {
      message:
        '{{path}} is a symbolic link to a folder outside the content folder: nothing in it is read or published.',
      hint: 'Move the folder into the content folder instead of linking to it, or delete the link.',
    },
  },
});
