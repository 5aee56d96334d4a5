/**
 * The strings that must survive translation unchanged: registered error codes, their
 * symbolic names, protocol identifiers, and inline code.
 */
import { findCodes, type CodeMatch } from '../codes/find.ts';
import type { Registry } from '../codes/registry.ts';
import type { BodyScan } from '../parse/body-scan.ts';
import { outsideRanges } from '../parse/prose-text.ts';

export interface Invariant {
  text: string;
  kind: 'code' | 'name' | 'protocol' | 'inline-code';
  /** Body offset where it stands in the text it was taken from. */
  index: number;
}

/** What the checks need to know about a body's prose, found in one pass each. */
export interface ProseFacts {
  /** Every code match in the prose, in order. */
  codes: CodeMatch[];
  /** Every symbolic name and protocol identifier the registry knows, in order. */
  identifiers: Invariant[];
}

const identifierCache = new WeakMap<Registry, { pattern: RegExp | undefined; kinds: Map<string, Invariant['kind']> }>();

function identifiers(registry: Registry) {
  let known = identifierCache.get(registry);
  if (!known) {
    const kinds = new Map<string, Invariant['kind']>();
    for (const id of registry.protocolIds) kinds.set(id, 'protocol');
    for (const code of registry.codes.values()) if (code.name) kinds.set(code.name, 'name');
    const words = [...kinds.keys()]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    known = {
      kinds,
      pattern: words.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${words.join('|')})(?![A-Za-z0-9_])`, 'g') : undefined,
    };
    identifierCache.set(registry, known);
  }
  return known;
}

/** Codes and identifiers of the body, leaving out those inside markup and addresses (`nonProse`). */
export function proseFacts(
  body: string,
  nonProse: ReadonlyArray<readonly [number, number]>,
  registry: Registry,
): ProseFacts {
  const { kinds, pattern } = identifiers(registry);
  const found: Invariant[] = [];
  if (pattern)
    for (const m of body.matchAll(pattern)) found.push({ text: m[0], kind: kinds.get(m[0])!, index: m.index });
  return { codes: outsideRanges(findCodes(body, registry), nonProse), identifiers: outsideRanges(found, nonProse) };
}

/** Invariants in body[from, to), in order of kind then appearance, each text once. */
export function invariantsIn(
  scan: BodyScan,
  facts: ProseFacts,
  from: number,
  to: number,
  registry: Registry,
): Invariant[] {
  const found = new Map<string, Invariant>();
  const add = (invariant: Invariant) => {
    if (!found.has(invariant.text)) found.set(invariant.text, invariant);
  };
  for (const match of facts.codes) {
    if (match.index >= from && match.index < to && registry.codes.has(match.code))
      add({ text: match.written, kind: 'code', index: match.index });
  }
  for (const identifier of facts.identifiers) if (identifier.index >= from && identifier.index < to) add(identifier);
  for (const span of scan.codeSpans) {
    if (span.index >= from && span.index < to && span.text.trim())
      add({ text: span.text.trim(), kind: 'inline-code', index: span.index });
  }
  return [...found.values()];
}

export function describeInvariant(invariant: Invariant): string {
  switch (invariant.kind) {
    case 'code':
      return `error code ${invariant.text}`;
    case 'name':
      return `symbolic name ${invariant.text}`;
    case 'protocol':
      return `protocol identifier ${invariant.text}`;
    default:
      return `inline code \`${shorten(invariant.text)}\``;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
