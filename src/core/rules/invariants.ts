/**
 * The strings that must survive translation unchanged: registered error codes, their
 * symbolic names, protocol identifiers, and inline code.
 */
import { findCodes } from '../codes/find.ts';
import type { Registry } from '../codes/registry.ts';
import type { BodyScan } from '../parse/body-scan.ts';

export interface Invariant {
  text: string;
  kind: 'code' | 'name' | 'protocol' | 'inline-code';
  /** Body offset where it stands in the text it was taken from. */
  index: number;
}

const identifierCache = new WeakMap<Registry, Map<string, Invariant['kind']>>();

function identifiers(registry: Registry): Map<string, Invariant['kind']> {
  let known = identifierCache.get(registry);
  if (!known) {
    known = new Map();
    for (const id of registry.protocolIds) known.set(id, 'protocol');
    for (const code of registry.codes.values()) if (code.name) known.set(code.name, 'name');
    identifierCache.set(registry, known);
  }
  return known;
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Invariants in body[from, to), in order of appearance, each text once. */
export function invariantsIn(scan: BodyScan, prose: string, from: number, to: number, registry: Registry): Invariant[] {
  const text = prose.slice(from, to);
  const found = new Map<string, Invariant>();
  const add = (invariant: Invariant) => {
    if (!found.has(invariant.text)) found.set(invariant.text, invariant);
  };
  for (const match of findCodes(text, registry)) {
    if (registry.codes.has(match.code)) add({ text: match.written, kind: 'code', index: from + match.index });
  }
  const known = identifiers(registry);
  if (known.size > 0) {
    for (const word of text.matchAll(WORD)) {
      const kind = known.get(word[0]);
      if (kind) add({ text: word[0], kind, index: from + word.index });
    }
  }
  for (const span of scan.codeSpans) {
    if (span.index >= from && span.index < to && span.text.trim()) add({ text: span.text.trim(), kind: 'inline-code', index: span.index });
  }
  return [...found.values()];
}

export function describeInvariant(invariant: Invariant): string {
  switch (invariant.kind) {
    case 'code': return `error code ${invariant.text}`;
    case 'name': return `symbolic name ${invariant.text}`;
    case 'protocol': return `protocol identifier ${invariant.text}`;
    default: return `inline code \`${shorten(invariant.text)}\``;
  }
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
