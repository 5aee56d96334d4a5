/**
 * Reads the side-by-side MT markup that Microsoft's localization system writes:
 *   <span data-ttu-id="ID">translated</span><span class="sxs-lookup"><span data-stu-id="ID">English</span></span>
 * into segments, and reports the markup that does not pair up.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BodyScan, HtmlTag } from '../parse/body-scan.ts';
import { diagnostic, type DataArgument, type MessageId, type RuleId } from '../diagnostics/rule-registry.ts';

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
  const report = <R extends RuleId, M extends MessageId<R>>(
    offset: number,
    rule: R,
    messageId: M,
    ...data: DataArgument<R, M>
  ) => diagnostics.push(diagnostic({ file, ...scan.lines.position(offset) }, rule, messageId, ...data));
  const tags = scan.tags;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag.name !== 'span' || tag.closing) continue;
    const lookupAlone = LOOKUP.test(tag.attributes);
    const ttu = TTU_ID.exec(tag.attributes);
    if (lookupAlone) {
      report(tag.index, 'sxs-unpaired', 'strayLookup');
      i = matchingClose(tags, i);
      continue;
    }
    if (!ttu) continue;
    const id = ttu[1]!;
    const close = matchingClose(tags, i);
    if (close === -1) {
      report(tag.index, 'sxs-unpaired', 'unclosed', { id });
      continue;
    }
    const segment: Segment = { id, start: tag.index, end: tags[close]!.end, translated: [tag.end, tags[close]!.index] };
    i = close;
    const lookup = tags[close + 1];
    const inner = tags[close + 2];
    if (!lookup || lookup.index !== tags[close]!.end || lookup.closing || !LOOKUP.test(lookup.attributes)) {
      report(tag.index, 'sxs-unpaired', 'noOriginal', { id });
      segments.push(segment);
      continue;
    }
    const innerClose = inner ? matchingClose(tags, close + 2) : -1;
    const outerClose = tags[innerClose + 1];
    const stu = inner ? STU_ID.exec(inner.attributes) : null;
    if (!inner || !stu || innerClose === -1 || !outerClose || !outerClose.closing || outerClose.name !== 'span') {
      report(lookup.index, 'sxs-unpaired', 'malformedOriginal', { id });
      segments.push(segment);
      i = close + 1;
      continue;
    }
    if (stu[1] !== id) {
      report(inner.index, 'sxs-id-mismatch', 'mismatch', { id, other: stu[1]! });
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
