/**
 * A translation is stale when the source it was translated from (its ms.openlocfilehash)
 * is not the newest source any locale has been handed (newest by ms.lasthandoff).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';

export interface HandoffInfo {
  file: string;
  slug: string;
  hash?: string;
  lastHandoff?: string;
  /** Line of ms.openlocfilehash, for the diagnostic. */
  hashLine?: number;
}

/** slug → its newest handoff: the source hash it carries, when, and in which file. */
export type NewestHashes = Map<string, { hash: string; lastHandoff: string; file: string }>;

/** The newest known source hash for each slug (of equally new ones, the first). */
export function newestHashes(handoffs: Iterable<HandoffInfo>): NewestHashes {
  const newest: NewestHashes = new Map();
  for (const h of handoffs) {
    if (!h.hash || !h.lastHandoff) continue;
    const known = newest.get(h.slug);
    if (!known || h.lastHandoff > known.lastHandoff)
      newest.set(h.slug, { hash: h.hash, lastHandoff: h.lastHandoff, file: h.file });
  }
  return newest;
}

export function staleDiagnostic(
  h: HandoffInfo,
  newer: { hash: string; lastHandoff: string; file: string },
  sourceFile: string | undefined,
): Diagnostic {
  return diagnostic({ file: h.file, line: h.hashLine ?? 1, column: 1 }, 'translation-stale', 'stale', {
    handedOff: h.lastHandoff ?? 'at an unknown date',
    newerFile: newer.file,
    newerHandoff: newer.lastHandoff,
    source: sourceFile ?? 'its current source',
  });
}
