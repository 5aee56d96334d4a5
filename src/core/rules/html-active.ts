/**
 * Active HTML in content is an error: it would run in readers' browsers. Tag-like
 * placeholders (`<MailboxName>`) are not HTML and are left alone; the renderer keeps them as text.
 */
import type { Rule } from './rule.ts';

const ACTIVE_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'template', 'noscript']);
const EVENT_HANDLER = /(?:^|\s)(on[a-z]+)\s*=/i;
const UNSAFE_URL = /(?:^|\s)(?:href|src|action|formaction|xlink:href|srcset|poster)\s*=\s*["']?\s*(javascript:|vbscript:|data:(?!image\/(?:png|gif|jpe?g|webp)))/i;

export const htmlActive: Rule = {
  id: 'html-active',
  check(context) {
    for (const tag of context.scan.tags) {
      if (tag.closing) continue;
      if (ACTIVE_TAGS.has(tag.name)) {
        context.report(tag.index, 'html-active', 'element', { tag: tag.name });
        continue;
      }
      const handler = EVENT_HANDLER.exec(tag.attributes);
      if (handler) context.report(tag.index, 'html-active', 'eventHandler', { attribute: handler[1]!, tag: tag.name });
      const url = UNSAFE_URL.exec(tag.attributes);
      if (url) context.report(tag.index, 'html-active', 'unsafeUrl', { scheme: url[1]!.toLowerCase(), tag: tag.name });
    }
    const markdownLink = /\]\(\s*<?\s*(javascript|vbscript):/gi;
    for (let m = markdownLink.exec(context.scan.body); m; m = markdownLink.exec(context.scan.body)) {
      context.report(m.index, 'html-active', 'scriptLink', { scheme: m[1]!.toLowerCase() });
    }
  },
};
