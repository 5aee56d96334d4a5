/**
 * Article pages from page frames. Astro lays out every article page, but most of what it
 * lays out repeats: per locale the layout, notices, switcher and table of contents take only
 * a few hundred distinct shapes. A page's shape is everything that decides its markup except
 * its own values (title, URLs, headings, body…). Astro renders one frame per shape, with a
 * marker where each value goes, and every page of that shape is the frame with its values
 * put in, escaped exactly as Astro escapes them (a corpus test holds the two byte for byte).
 *
 * Markers are Unicode noncharacters (U+FDD0 name U+FDD1), which no text in interchange
 * holds; a value that holds one anyway has it replaced, so it can never act as a marker.
 */
import { createHash } from 'node:crypto';
import type { SitePage } from '../page-data/site-data.ts';

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
const MARKER = /\uFDD0([a-z0-9-]+)\uFDD1/g;
const NONCHARACTERS = /[\uFDD0-\uFDEF]/g;

function mark(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** Everything of a page that decides its markup, apart from the values a frame leaves open. */
export function shapeKey(page: SitePage, siteName: string): string {
  return JSON.stringify([
    page.locale,
    // The layout writes the title alone when it is the site's name, else `title · site`.
    page.title === siteName,
    page.description !== '',
    page.robots.index,
    page.robots.follow,
    page.alternates.map((a) => a.locale),
    page.sideBySide,
    page.translation,
    page.stale,
    page.sourceUrl !== undefined,
    page.date !== undefined,
    // A table of contents shows with two or more headings; a third-level one is indented.
    page.headings.length > 1 ? page.headings.map((h) => h.depth) : [],
    // A fallback page: which version it shows (its language, the notice) and under which store name.
    page.fallback ? [page.fallback.locale, page.fallback.store] : null,
    page.editPath !== undefined,
  ]);
}

export function shapeId(key: string): string {
  return createHash('sha1').update(key).digest('base64url').slice(0, 16).replace(/[-_]/g, 'x');
}

/** The page Astro renders as the frame of `page`'s shape: its values are markers. */
export function framePage(page: SitePage, siteName: string): SitePage {
  const frame: SitePage = {
    locale: page.locale,
    slug: mark('slug'),
    url: mark('url'),
    title: page.title === siteName ? siteName : mark('title'),
    description: page.description === '' ? '' : mark('description'),
    html: mark('html'),
    bodyKey: '',
    headings:
      page.headings.length > 1
        ? page.headings.map((h, i) => ({ depth: h.depth, id: mark(`h${i}-id`), text: mark(`h${i}-text`) }))
        : [],
    translation: page.translation,
    stale: page.stale,
    sideBySide: page.sideBySide,
    robots: page.robots,
    codes: [],
    alternates: page.alternates.map((a, i) => ({ locale: a.locale, hreflang: a.hreflang, url: mark(`alt${i}`) })),
  };
  if (page.date !== undefined) {
    frame.date = mark('date');
    frame.dateText = mark('date-text');
  }
  if (page.sourceUrl !== undefined) frame.sourceUrl = mark('source-url');
  if (page.fallback) frame.fallback = { ...page.fallback, url: mark('fallback-url') };
  if (page.editPath !== undefined) frame.editPath = mark('edit-path');
  return frame;
}

/** The value each marker of `page`'s frame stands for. */
function frameValues(page: SitePage, html: string): Map<string, string> {
  const values = new Map<string, string>([
    ['slug', page.slug],
    ['url', page.url],
    ['title', page.title],
    ['description', page.description],
    ['html', html],
  ]);
  page.headings.forEach((h, i) => values.set(`h${i}-id`, h.id).set(`h${i}-text`, h.text));
  page.alternates.forEach((a, i) => values.set(`alt${i}`, a.url));
  if (page.date !== undefined) values.set('date', page.date).set('date-text', page.dateText ?? page.date);
  if (page.sourceUrl !== undefined) values.set('source-url', page.sourceUrl);
  if (page.fallback) values.set('fallback-url', page.fallback.url);
  if (page.editPath !== undefined) values.set('edit-path', page.editPath);
  return values;
}

/** How a marker's value is written: as Astro writes an expression there. */
type Context = 'text' | 'attribute' | 'raw';

export interface ParsedFrame {
  /** Literal HTML around the markers: one more than `slots`. */
  literals: string[];
  slots: Array<{ name: string; context: Context }>;
}

/** Only the body goes in as HTML (Astro's `set:html`); every other value is escaped. */
const RAW = new Set(['html']);

export function parseFrame(html: string): ParsedFrame {
  const literals: string[] = [];
  const slots: ParsedFrame['slots'] = [];
  const inTag = tagScanner(html);
  let last = 0;
  for (const match of html.matchAll(MARKER)) {
    const name = match[1]!;
    literals.push(html.slice(last, match.index));
    slots.push({ name, context: RAW.has(name) ? 'raw' : inTag(match.index) ? 'attribute' : 'text' });
    last = match.index + match[0].length;
  }
  literals.push(html.slice(last));
  return { literals, slots };
}

/** The article page: the frame of its shape with its values in (`html`: the page's body). */
export function fillFrame(frame: ParsedFrame, page: SitePage, html: string): string {
  const values = frameValues(page, html);
  let out = frame.literals[0]!;
  frame.slots.forEach((slot, i) => {
    const value = values.get(slot.name);
    if (value === undefined)
      throw new Error(`errata: the page frame has a marker "${slot.name}" that ${page.url} has no value for`);
    const safe = value.replace(NONCHARACTERS, '\uFFFD');
    out +=
      (slot.context === 'raw' ? safe : slot.context === 'attribute' ? escapeAttribute(safe) : escapeText(safe)) +
      frame.literals[i + 1]!;
  });
  return out;
}

/**
 * Whether a position of Astro's output lies inside a tag (in an attribute value): a scan that
 * knows quoted attribute values, so a `>` inside one does not end the tag.
 */
function tagScanner(html: string): (position: number) => boolean {
  let at = 0;
  let inside = false;
  let quote = '';
  return (position) => {
    for (; at < position; at++) {
      const c = html[at]!;
      if (!inside) {
        if (c === '<' && /[A-Za-z!/]/.test(html[at + 1] ?? '')) inside = true;
      } else if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') inside = false;
    }
    return inside;
  };
}

/** Astro's escaping of an expression in text (runtime/server/escape.js). */
function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
}

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Astro's escaping of an attribute value (runtime/server/render/util.js). */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
