import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'media-unsafe-type',
  severity: 'warning',
  blocksPublishing: false,
  area: 'media',
  summary:
    'a media file of a type that is not published (HTML, scripts, SVG, unknown types), or whose bytes are not the type its name says',
  docs: "Media files are served from the site's own address, beside its pages. An HTML page, a script or an SVG image (which can carry script) placed there would run with the site's rights when opened, and errata's content security policy — a tag inside its own pages — does not cover files it merely copies. So only types that cannot run anything are published: PNG, JPEG, GIF, WebP, AVIF, BMP and ICO images, and PDF. Any other file in media/ is left out of the site and reported; the articles that link it show a broken link. Convert the file to PNG or PDF, or link to where it is published elsewhere. A name is only a claim, so errata also reads the start of each file: an HTML page, SVG, script, PDF or program named like an image (`x.png`) is an error, as that is how one would be slipped onto the site; an empty file, or bytes of another type or of none errata recognises, is a warning; either way the file is not published. An image saved under another image type's name (a JPEG named `.png`) is published: browsers show an image by its bytes, whatever its name.",
  messages: {
    unsafe: {
      message: '{{path}} is {{kind}}: files of this type could run script on the site, so it is not published.',
      hint: 'Convert it to PNG (an image) or PDF (a document), or link to where it is published elsewhere.',
    },
    unknown: {
      message:
        '{{path}} has a type errata does not publish ({{extension}}): only images (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO) and PDF are.',
      hint: 'Convert it to PNG or PDF, or remove it from media/.',
    },
    disguised: {
      message:
        '{{path}} is named as {{declared}}, but its bytes are {{actual}}: a browser or a download could open it as what it really is, so it is not published.',
      hint: 'Replace it with the real file or remove it from media/; if nobody here put it there on purpose, find out who did.',
      severity: 'error',
    },
    mismatch: {
      message: '{{path}} is named as {{declared}}, but its bytes are {{actual}}, so it is not published.',
      hint: 'Save it again as PNG, JPEG, GIF or WebP (or PDF for a document), named after its type.',
    },
    empty: {
      message: '{{path}} is empty: there is no image or document in it, so it is not published.',
      hint: 'Replace it with the file it should be, or remove it from media/.',
    },
  },
});
