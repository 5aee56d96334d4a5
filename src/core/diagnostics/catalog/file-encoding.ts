import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-encoding',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary: 'the file is not valid UTF-8',
  docs: 'errata reads articles as UTF-8, the encoding every Microsoft Docs article uses. A file in another encoding (Windows-1252, UTF-16…) would show as garbled text, so it is not read. Re-save the file as UTF-8 in your editor.',
  messages: {
    notUtf8: {
      message: 'The file is not valid UTF-8.',
      hint: 'Re-save the file as UTF-8.',
    },
    utf16: {
      message: 'The file is UTF-16 ({{order}}, with a byte-order mark), not UTF-8.',
      hint: 'Re-save the file as UTF-8 (in Notepad: Save As, Encoding "UTF-8").',
    },
  },
});
