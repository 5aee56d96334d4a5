import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-line-endings',
  severity: 'info',
  blocksPublishing: false,
  area: 'file',
  summary: 'the file uses CRLF line endings',
  docs: 'Windows line endings (CRLF) are read as LF, so the page is the same, but they make diffs noisy when someone else saves the file with LF. Set `git config core.autocrlf input`, or save the file with LF line endings.',
  messages: {
    crlf: {
      message: 'The file uses CRLF line endings.',
      hint: 'Save the file with LF line endings (git config core.autocrlf input).',
    },
  },
});
