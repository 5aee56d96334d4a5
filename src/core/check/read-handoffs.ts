/** Reads only the front-matter keys staleness needs, for locales that are not being checked. */
import type { Stats } from 'node:fs';
import type { HandoffInfo } from '../crosslocale/staleness.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import type { ContentFile } from '../read/content-files.ts';
import { readFrontMatterHead } from '../read/front-matter-head.ts';
import { toIsoDate } from '../schema/dates.ts';

export function readHandoffs(files: ContentFile[]): HandoffInfo[] {
  return files.flatMap((input) => readHandoff(input) ?? []);
}

/** One file's handoff; undefined when the file cannot be read as text. `opened`: as readFrontMatterHead's. */
export function readHandoff(input: ContentFile, opened?: (stats: Stats) => void): HandoffInfo | undefined {
  const text = readFrontMatterHead(input.absolute, opened);
  if (text === undefined) return undefined;
  const fm = parseFrontMatter(input.file, text);
  const hash = fm.values.get('ms.openlocfilehash')?.value;
  const handoff = fm.values.get('ms.lasthandoff')?.value;
  // Copies, not slices of the head: a slice keeps the whole head alive (~5 KB a file, 460 MB over 30 locales).
  return {
    file: input.file,
    slug: input.slug,
    hash: typeof hash === 'string' ? detached(hash) : undefined,
    lastHandoff: typeof handoff === 'string' ? detached(toIsoDate(handoff)) : undefined,
  };
}

/** A string of its own, holding no larger string alive as V8's substrings do. */
function detached<T extends string | undefined>(value: T): T {
  return (value === undefined ? value : JSON.parse(JSON.stringify(value))) as T;
}
