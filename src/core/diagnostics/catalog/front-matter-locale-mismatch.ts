import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-locale-mismatch',
  severity: 'error',
  blocksPublishing: false,
  area: 'front-matter',
  summary: "`ms.contentlocale` is not the locale of the article's folder",
  docs: "The folder decides the article's locale on the site; an `ms.contentlocale` that names another locale means the file was copied into the wrong folder or its key was not updated. Move the file, or correct the key.",
  messages: {
    mismatch: {
      message: '"ms.contentlocale" is {{contentLocale}} but the file is in the {{locale}}/ folder.',
      hint: "Move the file to {{folder}}/ or set ms.contentlocale to the folder's locale.",
    },
  },
});
