/**
 * A family's patterns, compiled once and checked for what the one-pass matcher needs:
 * every family becomes an alternative of one combined expression (find.ts), so a
 * pattern may not number its groups for back-references or name groups other than
 * `code` (the part that makes the canonical form) and `basic` (an SMTP reply code).
 */
import type { CodeFamily } from './registry.ts';
import { patternVerdict, type PatternVerdict } from './pattern-safety.ts';
import type { FamilyFile } from './schema.ts';

const ALLOWED_GROUPS = new Set(['code', 'basic']);
const NAMED_GROUP = /\(\?<([^>=!]+)>/g;
/** An unescaped `\1`…`\9` or `\k<`. */
const BACK_REFERENCE = /(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|k<)/;

export type CompiledFamily =
  | { family: CodeFamily }
  | { problem: string; key: 'pattern' | 'loose' }
  /** Compiles, but recheck finds (or cannot rule out) catastrophic backtracking: pattern-safety.ts. */
  | { unsafe: Exclude<PatternVerdict, { safe: true }>; key: 'pattern' | 'loose' };

export function compileFamily(def: FamilyFile, file: string): CompiledFamily {
  const flags = def.flags ?? '';
  const pattern = compilePattern(def.pattern, flags);
  if (typeof pattern === 'string') return { problem: pattern, key: 'pattern' };
  const loose = def.loose === undefined ? undefined : compilePattern(def.loose, flags);
  if (typeof loose === 'string') return { problem: loose, key: 'loose' };
  // Checked only once both compile: recheck is slow to load, and a syntax error says more.
  for (const [key, regex] of [
    ['pattern', pattern],
    ['loose', loose],
  ] as const) {
    const verdict = regex && patternVerdict(regex.source, flags);
    if (verdict && !verdict.safe) return { unsafe: verdict, key };
  }
  const family: CodeFamily = {
    id: def.family,
    title: def.title,
    pattern,
    prefix: def.prefix ?? '',
    case: def.case ?? 'keep',
    file,
  };
  if (loose) family.loose = loose;
  return { family };
}

/** The compiled global expression, or why the source cannot be used. */
function compilePattern(source: string, flags: string): RegExp | string {
  let regex: RegExp;
  try {
    regex = new RegExp(source, `g${flags}`);
  } catch (error) {
    return (error as Error).message;
  }
  for (const [, name] of source.matchAll(NAMED_GROUP)) {
    if (!ALLOWED_GROUPS.has(name!)) return `the group name "${name}" is not supported (only "code" and "basic")`;
  }
  if (BACK_REFERENCE.test(source)) return 'back-references are not supported';
  if (new RegExp(`^(?:${source})$`, flags).test('')) return 'it matches the empty string';
  return regex;
}
