/**
 * Reads the side-by-side MT markup that Microsoft's localization system writes:
 *   <span data-ttu-id="ID">translated</span><span class="sxs-lookup"><span data-stu-id="ID">English</span></span>
 * into segments, and reports the markup that does not pair up.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { BodyScan, HtmlTag } from '../parse/body-scan.ts';

export interface Segment {
  id: string;
  /** Offsets into the body of the whole construct and of each text. */
  start: number;
  end: number;
  translated: [number, number];
  source?: [number, number];
}

const TTU_ID = /\bdata-ttu-id\s*=\s*"([^"]*)"/;
const STU_ID = /\bdata-stu-id\s*=\s*"([^"]*)"/;
const LOOKUP = /\bclass\s*=\s*"sxs-lookup"/;

export function hasSideBySide(body: string): boolean {
  return body.includes('data-ttu-id=');
}

export function readSegments(scan: BodyScan, file: string): { segments: Segment[]; diagnostics: Diagnostic[] } {
  const segments: Segment[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, rule: string, message: string, hint: string) => {
    const at = scan.lines.position(offset);
    diagnostics.push({ file, line: at.line, column: at.column, severity: 'error', rule, message, hint });
  };
  const tags = scan.tags;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== 'span' || tag.closing) continue;
    const lookupAlone = LOOKUP.test(tag.attributes);
    const ttu = TTU_ID.exec(tag.attributes);
    if (lookupAlone) {
      report(tag.index, 'sxs-unpaired', 'An English "sxs-lookup" span follows no translated segment.',
        'Remove the stray <span class="sxs-lookup">…</span>, or restore the translated <span data-ttu-id> before it.');
      i = matchingClose(tags, i);
      continue;
    }
    if (!ttu) continue;
    const id = ttu[1]!;
    const close = matchingClose(tags, i);
    if (close === -1) {
      report(tag.index, 'sxs-unpaired', `Segment ${id} opens a <span> that is never closed.`, 'Close the segment with </span>.');
      continue;
    }
    const segment: Segment = { id, start: tag.index, end: tags[close]!.end, translated: [tag.end, tags[close]!.index] };
    i = close;
    const lookup = tags[close + 1];
    const inner = tags[close + 2];
    if (!lookup || lookup.index !== tags[close]!.end || lookup.closing || !LOOKUP.test(lookup.attributes)) {
      report(tag.index, 'sxs-unpaired', `Segment ${id} has no English original after it.`,
        `Add <span class="sxs-lookup"><span data-stu-id="${id}">English</span></span> right after the segment, or remove its data-ttu-id span.`);
      segments.push(segment);
      continue;
    }
    const innerClose = inner ? matchingClose(tags, close + 2) : -1;
    const outerClose = tags[innerClose + 1];
    const stu = inner ? STU_ID.exec(inner.attributes) : null;
    if (!inner || !stu || innerClose === -1 || !outerClose || !outerClose.closing || outerClose.name !== 'span') {
      report(lookup.index, 'sxs-unpaired', `The English original of segment ${id} is not <span data-stu-id="${id}">…</span></span>.`,
        'Restore the markup exactly as the localization system writes it.');
      segments.push(segment);
      i = close + 1;
      continue;
    }
    if (stu[1] !== id) {
      report(inner.index, 'sxs-id-mismatch', `Segment ${id} is followed by the English of segment ${stu[1]}.`,
        `Make data-stu-id "${id}", or move the English next to its own segment.`);
    }
    segment.source = [inner.end, tags[innerClose]!.index];
    segment.end = outerClose.end;
    segments.push(segment);
    i = innerClose + 1;
  }
  return { segments, diagnostics };
}

/** Index of the `</span>` that closes the span opened at `open`, counting nested spans. */
function matchingClose(tags: HtmlTag[], open: number): number {
  let depth = 0;
  for (let j = open; j < tags.length; j++) {
    const tag = tags[j]!;
    if (tag.name !== 'span') continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return j;
  }
  return -1;
}
