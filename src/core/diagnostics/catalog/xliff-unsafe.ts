import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'xliff-unsafe',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary: 'an XLIFF file given to `errata takeback` that could harm the machine or write outside the content folder',
  docs: 'A translation comes back from outside — a translator, a CAT tool, a translation service — so `errata takeback` reads it as untrusted. It refuses, and writes nothing, when the file declares a DTD or entities (they can expand a few bytes into gigabytes, or read files of the machine), is larger than a handoff can be, holds a unit far longer than any paragraph, or names a file (`original`) that is not `<locale>/<slug>.md` inside the content folder: an absolute path, `..`, or a locale folder that is a symbolic link leading elsewhere. Hand the article off again with `errata handoff` and translate that file.',
  messages: {
    doctype: {
      message: 'The file declares a DTD or an entity (<!DOCTYPE or <!ENTITY): it is not read, and nothing is written.',
      hint: 'Take back the XLIFF file errata handoff wrote, as the translation tool saved it; XLIFF needs no DTD.',
    },
    tooLarge: {
      message: 'The file is larger than {{limit}} MB, more than any handoff: it is not read, and nothing is written.',
      hint: 'Hand off fewer articles per file (errata handoff --slug a,b), and take back each file.',
    },
    unitTooLarge: {
      message:
        'A unit holds more than {{limit}} characters, far more than any paragraph: the file is not read further, and nothing is written.',
      hint: 'Take back the XLIFF file errata handoff wrote; a unit is one Markdown block and cannot grow this large.',
    },
    tooDeep: {
      message: 'The file nests elements deeper, or holds more of them, than an XLIFF handoff can: nothing is written.',
      hint: 'Take back the XLIFF file errata handoff wrote, as the translation tool saved it.',
    },
    pathOutside: {
      message:
        'The file names "{{original}}" as the article to write: not <locale>/<slug>.md inside the content folder. Nothing is written.',
      hint: "Keep each <file> element's original attribute as errata handoff wrote it (for example sv-se/my-article.md).",
    },
    symlinkOutside: {
      message:
        '{{original}} would be written through a symbolic link that leads outside the content folder: nothing is written.',
      hint: 'Replace the symbolic link under the content folder by a real folder, then take the file back again.',
    },
  },
});
