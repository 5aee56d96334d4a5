/**
 * Which errors keep a file off the site even with `--keep-going`: those that leave no
 * trustworthy article (unreadable bytes, front matter that cannot be read, no title).
 * Other errors — a lost identifier, active HTML the renderer strips — are reported, and
 * the page is still published, because a reader is better served by it than by a 404.
 */
import type { Diagnostic } from '../diagnostics.ts';

const UNPUBLISHABLE = new Set([
  'file-empty', 'file-binary', 'file-encoding', 'file-too-large',
  'front-matter-missing', 'front-matter-unclosed', 'front-matter-yaml', 'front-matter-not-a-map', 'front-matter-missing-key',
]);

export function blocksPublishing(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && UNPUBLISHABLE.has(diagnostic.rule);
}
