/**
 * A code's canonical form from what a family's pattern matched: the family's prefix, then
 * the code in the family's letter case. Browser-safe: find.ts runs in /<locale>/search.js,
 * so nothing here may import Node modules (family.ts's pattern checks do).
 */
import type { CodeFamily } from './registry.ts';

export function canonicalFrom(family: CodeFamily, whole: string, code: string | undefined): string {
  let core = code ?? whole;
  const { prefix } = family;
  if (prefix && core.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()) core = core.slice(prefix.length);
  return prefix + applyCase(core, family.case);
}

function applyCase(text: string, letterCase: CodeFamily['case']): string {
  return letterCase === 'upper' ? text.toUpperCase() : letterCase === 'lower' ? text.toLowerCase() : text;
}
