/** What a per-file rule sees, and how it reports. */
import type { Position } from '../diagnostics/diagnostic.ts';
import type { ArticleMeta } from '../model.ts';
import type { BodyScan } from '../parse/body-scan.ts';
import type { Segment } from '../sxs/segments.ts';
import type { Registry } from '../codes/registry.ts';
import type { ProseFacts } from './invariants.ts';
import type { DataArgument, MessageId, RuleId } from '../diagnostics/rule-registry.ts';

export interface FileContext {
  file: string;
  locale: string;
  slug: string;
  isSourceLocale: boolean;
  meta: ArticleMeta;
  scan: BodyScan;
  /** Codes and identifiers found in the prose (not in markup or addresses), once for all rules. */
  facts: ProseFacts;
  segments: Segment[];
  registry: Registry;
  /** Report a message of the rule's registry entry at a body offset, or at an explicit file position. */
  report<R extends RuleId, M extends MessageId<R>>(
    at: number | Position,
    rule: R,
    messageId: M,
    ...data: DataArgument<R, M>
  ): void;
}

export interface Rule {
  id: RuleId;
  check(context: FileContext): void;
}
