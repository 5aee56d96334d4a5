/** Reads only the front-matter keys staleness needs, for locales that are not being checked. */
import { readFileSync } from 'node:fs';
import type { HandoffInfo } from '../crosslocale/staleness.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import type { ContentFile } from '../read/content-files.ts';
import { decodeText } from '../read/text-file.ts';
import { toIsoDate } from '../schema/dates.ts';

export function readHandoffs(files: ContentFile[]): HandoffInfo[] {
  const handoffs: HandoffInfo[] = [];
  for (const input of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(input.absolute);
    } catch {
      continue;
    }
    const decoded = decodeText(input.file, bytes);
    if (!('text' in decoded)) continue;
    const end = decoded.text.indexOf('\n---', 3);
    const fm = parseFrontMatter(input.file, end === -1 ? decoded.text : decoded.text.slice(0, end + 5));
    const hash = fm.values.get('ms.openlocfilehash')?.value;
    const handoff = fm.values.get('ms.lasthandoff')?.value;
    handoffs.push({
      file: input.file,
      slug: input.slug,
      hash: typeof hash === 'string' ? hash : undefined,
      lastHandoff: typeof handoff === 'string' ? toIsoDate(handoff) : undefined,
    });
  }
  return handoffs;
}
