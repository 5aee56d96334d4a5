/**
 * Recognizes error codes in text in one pass: every family's pattern (and, after them,
 * its loose pattern) becomes one alternative of a single global expression, built once
 * per registry. Loose forms — hex without `0x` — count only when the code is registered,
 * since alone they look like identifiers and ids.
 */
import { canonicalFrom } from './canonical.ts';
import type { CodeFamily, Registry } from './registry.ts';

export interface CodeMatch {
  /** Canonical form: `AADSTS50000`, `0x8004de40`, `5.7.501`, `30125-4`. */
  code: string;
  family: string;
  /** As in the text, e.g. `550 5.7.501` or `aadsts50000`. */
  written: string;
  /** Offset of `written` in the text. */
  index: number;
  /** The SMTP basic reply code written in front of the status code (`550`), when there is one. */
  basic?: string;
}

interface Alternative {
  group: string;
  family: CodeFamily;
  loose: boolean;
}

interface Matcher {
  regex: RegExp;
  alternatives: Alternative[];
}

const matchers = new WeakMap<Registry, Matcher>();

function matcherFor(registry: Registry): Matcher {
  let matcher = matchers.get(registry);
  if (matcher) return matcher;
  const alternatives: Alternative[] = [];
  const sources: string[] = [];
  const add = (family: CodeFamily, regex: RegExp, loose: boolean) => {
    const group = `errata${alternatives.length}`;
    alternatives.push({ group, family, loose });
    // Per-alternative modifiers keep a case-insensitive family from making the others so.
    sources.push(`(?<${group}>(?${regex.flags.includes('i') ? 'i' : ''}:${regex.source}))`);
  };
  for (const family of registry.families) add(family, family.pattern, false);
  for (const family of registry.families) if (family.loose) add(family, family.loose, true);
  matcher = { regex: new RegExp(sources.join('|') || '(?!)', 'g'), alternatives };
  matchers.set(registry, matcher);
  return matcher;
}

/** Every code in `text`, in order. Unregistered codes of a known family are included: rules report them. */
export function findCodes(text: string, registry: Registry): CodeMatch[] {
  const { regex, alternatives } = matcherFor(registry);
  const matches: CodeMatch[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0] === '') {
      regex.lastIndex++;
      continue;
    }
    const groups = m.groups!;
    const alternative = alternatives.find((a) => groups[a.group] !== undefined)!;
    const code = canonicalFrom(alternative.family, m[0], groups.code);
    if (alternative.loose && registry.codes.get(code)?.family !== alternative.family.id) continue;
    const match: CodeMatch = { code, family: alternative.family.id, written: m[0], index: m.index };
    if (groups.basic) match.basic = groups.basic;
    matches.push(match);
  }
  return matches;
}

const anchoredCache = new WeakMap<RegExp, RegExp>();

function anchored(regex: RegExp): RegExp {
  let whole = anchoredCache.get(regex);
  if (!whole) {
    whole = new RegExp(`^(?:${regex.source})$`, regex.flags.replace('g', ''));
    anchoredCache.set(regex, whole);
  }
  return whole;
}

/** The canonical form of a code written in one of the family's forms, or undefined if it is not one. */
export function canonicalCode(written: string, family: CodeFamily): string | undefined {
  const text = written.trim();
  for (const regex of [family.pattern, family.loose]) {
    const m = regex && anchored(regex).exec(text);
    if (m) return canonicalFrom(family, m[0], m.groups?.code);
  }
  return undefined;
}
