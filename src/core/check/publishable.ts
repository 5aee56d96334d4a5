/**
 * Which errors keep a file off the site even with `--keep-going`: those of the rules whose
 * registry entry says so (diagnostics/catalog/): they leave no trustworthy article (unreadable
 * bytes, front matter that cannot be read, no title). Other errors — a lost identifier,
 * active HTML the renderer strips — are reported, and the page is still published, because
 * a reader is better served by it than by a 404.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { ruleDefinition } from '../diagnostics/rule-registry.ts';

export function blocksPublishing(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && ruleDefinition(diagnostic.rule)?.blocksPublishing === true;
}
