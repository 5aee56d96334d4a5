/**
 * Repaired damage, visible: a side-by-side segment whose translation lost what must survive
 * translation — an error code, a symbolic name, a protocol identifier, inline code — shows
 * its English original beside it, always (not on hover), after a short note in the page's
 * language saying the machine translation damaged the sentence. A reader never sees a wrong
 * identifier (`tokenissuanceerror-có`) without the right one (`TokenIssuanceError`) next to it.
 *
 * Called by rehype-side-by-side.ts for every segment that has its English, so every render
 * path that pairs segments repairs them. What must survive is decided as the check decides
 * it (rule `invariant-lost-in-translation`, rules/invariants.ts): registered codes, names and
 * protocol identifiers of the registry the render is given, and inline code. Without a
 * registry only inline code is compared.
 */
import type { ElementContent } from 'hast';
import type { Registry } from '../codes/registry.ts';
import { readUiStrings, UI_FALLBACK_LOCALE } from '../i18n/ui-strings.ts';
import { proseFacts } from '../rules/invariants.ts';

/** What a render repairs segments with: the page's locale (the note's language) and the code registry. */
export interface RepairContext {
  locale: string;
  registry?: Registry | undefined;
}

/** What the English of a segment holds that its translation must hold too, and does not. */
export function lostInTranslation(
  translated: readonly ElementContent[],
  english: readonly ElementContent[],
  registry?: Registry,
): string[] {
  const translatedText = textOf(translated);
  const must = new Set<string>();
  if (registry) {
    const facts = proseFacts(textOf(english), [], registry);
    for (const match of facts.codes) if (registry.codes.has(match.code)) must.add(match.written);
    for (const identifier of facts.identifiers) must.add(identifier.text);
  }
  for (const code of inlineCode(english)) if (code.trim()) must.add(code.trim());
  return [...must].filter((text) => !translatedText.includes(text));
}

const notes = new Map<string, { text: string; lang?: string }>();

/** The note in the page's language; English (marked as such) where the locale has none yet. */
function noteFor(locale: string): { text: string; lang?: string } {
  let note = notes.get(locale);
  if (!note) {
    const own = readUiStrings(locale)['notice.damaged'];
    note = own
      ? { text: own }
      : { text: readUiStrings(UI_FALLBACK_LOCALE)['notice.damaged'] ?? DEFAULT_NOTE, lang: 'en-US' };
    notes.set(locale, note);
  }
  return note;
}

const DEFAULT_NOTE = 'Machine translation damaged this sentence; the English original is shown.';

/** The note's text for `locale`, for render-cache keys: a changed note renders the article again. */
export function damageNote(locale: string): string {
  return noteFor(locale).text;
}

/**
 * The parts a segment shows after its translation when the translation is damaged: the note
 * and the English, visible. None when nothing was lost.
 */
export function repairParts(
  translated: readonly ElementContent[],
  english: readonly ElementContent[],
  context: RepairContext,
): ElementContent[] {
  const lost = lostInTranslation(translated, english, context.registry);
  if (lost.length === 0) return [];
  const note = noteFor(context.locale);
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sxs-repair'], dataLost: lost.join(' ') },
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: {
            className: ['sxs-repair-note'],
            ...(note.lang ? { lang: note.lang, dir: 'ltr' } : {}),
            dataPagefindIgnore: true,
          },
          children: [{ type: 'text', value: note.text }],
        },
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['sxs-repair-text'], lang: 'en-US', dir: 'ltr' },
          children: structuredClone(english as ElementContent[]),
        },
      ],
    },
  ];
}

function textOf(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') text += textOf(node.children);
  }
  return text;
}

function inlineCode(nodes: readonly ElementContent[]): string[] {
  const found: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'code') found.push(textOf(node.children));
    else found.push(...inlineCode(node.children));
  }
  return found;
}
