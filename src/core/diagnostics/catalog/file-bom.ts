import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-bom',
  severity: 'info',
  blocksPublishing: false,
  area: 'file',
  summary: 'the file starts with a byte-order mark',
  docs: "A UTF-8 byte-order mark is invisible and harmless to errata, which drops it, but some tools then see a character before the front matter's first `---`. Save the file as UTF-8 without BOM when convenient.",
  messages: {
    bom: {
      message: 'The file starts with a byte-order mark.',
      hint: 'Save the file as UTF-8 without BOM.',
    },
  },
});
