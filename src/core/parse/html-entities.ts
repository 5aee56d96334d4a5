/**
 * Character references in raw HTML text and attribute values, decoded as HTML5 prescribes
 * by the `entities` package, whose table is the WHATWG list of names: `&hearts;` is ♥.
 *
 * - Text (`decodeEntities`): the legacy forms without a semicolon decode too (`&copy` is ©,
 *   `&notit;` is ¬it;), as a browser reads a text node.
 * - Attribute values (`decodeAttribute`): a legacy name followed by `=` or a letter or digit
 *   stays as typed (`?a=1&copy=2` keeps its `&copy=`), as HTML5 says for attributes.
 * - Numeric references as in browsers: NUL, surrogates and values past U+10FFFF (however many
 *   digits) become U+FFFD, and 0x80–0x9F are read as Windows-1252 (`&#128;` is €).
 *
 * An unknown `&name;` stays as typed, which is safe: the serializer escapes its `&`, so it can
 * never turn into markup or a URL scheme. Decoding is one pass, so `&amp;lt;` is the text
 * `&lt;` and the serializer writes it back as `&amp;lt;`.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** A text node's character references, as a browser decodes them. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** An attribute value's character references, as a browser decodes them. */
export function decodeAttribute(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}
