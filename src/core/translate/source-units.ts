/**
 * A source article as units: its front matter's `title` and `description`, then its body's
 * blocks (segment.ts). Handoff writes them; takeback makes them again from the same source and
 * holds what came back to them, so the Markdown bytes a placeholder stands for always come from
 * errata's own reading of the source, never from the returned file.
 */
import type { Registry } from '../codes/registry.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import type { HandoffUnit } from './handoff-file.ts';
import { segmentBody, textParts } from './segment.ts';

export interface SourceUnit extends HandoffUnit {
  /** Where the unit's text goes back: a front-matter key, or body offsets. */
  place: { key: string; value: string } | { start: number; end: number };
}

export interface SourceArticle {
  text: string;
  /** Offset in `text` where the body starts. */
  bodyStart: number;
  units: SourceUnit[];
}

/** The front-matter keys whose values are prose. */
const TRANSLATED_KEYS = ['title', 'description'];

export function sourceArticle(file: string, text: string, registry: Registry): SourceArticle {
  const fm = parseFrontMatter(file, text);
  const units: SourceUnit[] = [];
  for (const key of TRANSLATED_KEYS) {
    const entry = fm.values.get(key);
    if (typeof entry?.value !== 'string' || !/\p{L}/u.test(entry.value)) continue;
    units.push({
      id: key,
      name: key,
      line: entry.keyAt.line,
      parts: textParts(entry.value, registry),
      place: { key, value: entry.value },
    });
  }
  const bodyStart = text.length - fm.body.length;
  for (const unit of segmentBody(fm.body, registry))
    units.push({
      id: unit.id,
      name: unit.kind,
      line: unit.line + fm.bodyLine - 1,
      parts: unit.parts,
      place: { start: unit.start, end: unit.end },
    });
  return { text, bodyStart, units };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text exactly as it is (CR LF kept: XLIFF carries it as `<cp>`), or undefined when it is not UTF-8. */
export function sourceText(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}
