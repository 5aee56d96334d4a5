/**
 * Active HTML in content is an error: it would run in readers' browsers. Tag-like
 * placeholders (`<MailboxName>`) are not HTML and are left alone; the renderer keeps them as text.
 * URLs are judged as a browser reads them — character references decoded, tabs and newlines
 * dropped — so `&#106;avascript:` is the `javascript:` it is. `style` attributes are reported
 * too: the renderer drops them (CSS can hide or overlay text, and leak through `url()`).
 */
import { decodeEntities } from '../parse/html-entities.ts';
import type { Rule } from './rule.ts';

const ACTIVE_TAGS = new Set(
  'script style iframe frame frameset object embed applet form input button textarea select link meta base svg math template noscript'.split(
    ' ',
  ),
);
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'background',
  'data',
  'cite',
]);
const SCRIPT_SCHEME = /^(javascript|vbscript):/i;
/** Raster images only, as the renderer allows them (render/html/safe-url.ts): an SVG can carry script. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|bmp|x-icon|avif)[;,]/i;
const MARKDOWN_DESTINATION = /\]\(\s*<?([^\s)>]{1,80})/g;

/** A URL as the browser reads it: references decoded, tabs and newlines anywhere and leading controls ignored. */
function asBrowserReads(url: string): string {
  return decodeEntities(url)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '');
}

/** The scheme that makes `url` run script or carry an unsafe document, if it does. */
function unsafeScheme(url: string): string | undefined {
  const read = asBrowserReads(url);
  const script = SCRIPT_SCHEME.exec(read);
  if (script) return `${script[1]!.toLowerCase()}:`;
  return /^data:/i.test(read) && !DATA_IMAGE.test(read) ? 'data:' : undefined;
}

export const htmlActive: Rule = {
  id: 'html-active',
  check(context) {
    for (const tag of context.scan.tags) {
      if (tag.closing) continue;
      if (ACTIVE_TAGS.has(tag.name)) {
        context.report(tag.index, 'html-active', 'element', { tag: tag.name });
        continue;
      }
      for (const [, rawName, ...values] of tag.attributes.matchAll(ATTRIBUTE)) {
        const name = rawName!.toLowerCase();
        const value = values.find((v) => v !== undefined);
        if (/^on[a-z]+$/.test(name) && value !== undefined) {
          context.report(tag.index, 'html-active', 'eventHandler', { attribute: name, tag: tag.name });
        } else if (name === 'style' && value !== undefined) {
          context.report(tag.index, 'html-active', 'styleAttribute', { tag: tag.name });
        } else if (URL_ATTRIBUTES.has(name) && value !== undefined) {
          const scheme = unsafeScheme(value);
          if (scheme) context.report(tag.index, 'html-active', 'unsafeUrl', { scheme, tag: tag.name });
        }
      }
    }
    for (const m of context.scan.body.matchAll(MARKDOWN_DESTINATION)) {
      const read = SCRIPT_SCHEME.exec(asBrowserReads(m[1]!));
      if (read) context.report(m.index, 'html-active', 'scriptLink', { scheme: read[1]!.toLowerCase() });
    }
  },
};
