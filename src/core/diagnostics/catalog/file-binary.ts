import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-binary',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary: 'the file holds NUL bytes: it is binary, not Markdown',
  docs: 'A file with NUL bytes in its first 8 KB is binary (an image or archive saved with `.md`), and is not read. Move binary files to `media/`, or remove the `.md` extension.',
  messages: {
    binary: {
      message: 'The file contains NUL bytes: it is binary, not Markdown.',
      hint: 'Move binary files to media/ or remove the .md extension.',
    },
  },
});
