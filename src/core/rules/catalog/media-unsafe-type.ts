import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'media-unsafe-type',
  severity: 'warning',
  blocksPublishing: false,
  area: 'media',
  summary: 'a media file of a type that is not published (HTML, scripts, SVG, unknown types)',
  docs: 'Media files are served from the site\'s own address, beside its pages. An HTML page, a script or an SVG image (which can carry script) placed there would run with the site\'s rights when opened, and errata\'s content security policy — a tag inside its own pages — does not cover files it merely copies. So only types that cannot run anything are published: PNG, JPEG, GIF, WebP, AVIF, BMP and ICO images, and PDF. Any other file in media/ is left out of the site and reported; the articles that link it show a broken link. Convert the file to PNG or PDF, or link to where it is published elsewhere.',
  messages: {
    unsafe: {
      message: '{{path}} is {{kind}}: files of this type could run script on the site, so it is not published.',
      hint: 'Convert it to PNG (an image) or PDF (a document), or link to where it is published elsewhere.',
    },
    unknown: {
      message: '{{path}} has a type errata does not publish ({{extension}}): only images (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO) and PDF are.',
      hint: 'Convert it to PNG or PDF, or remove it from media/.',
    },
  },
});
