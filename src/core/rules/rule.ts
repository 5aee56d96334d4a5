/** What a per-file rule sees, and how it reports. */
import type { Diagnostic, Position } from '../diagnostics.ts';
import type { ArticleMeta } from '../model.ts';
import type { BodyScan } from '../parse/body-scan.ts';
import type { Segment } from '../sxs/segments.ts';
import type { Registry } from '../codes/registry.ts';
import type { ProseFacts } from './invariants.ts';

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
  /** Report at a body offset, or at an explicit file position. */
  report(at: number | Position, severity: Diagnostic['severity'], rule: string, message: string, hint: string): void;
}

export interface Rule {
  id: string;
  check(context: FileContext): void;
}
