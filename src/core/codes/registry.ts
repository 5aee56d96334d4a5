/**
 * The shared error-code registry: every `content/error-codes/*.yml` file, one code
 * family each, validated together. Problems become diagnostics; nothing here throws
 * on bad input, so one broken file never hides the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDiagnostics, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { compileFamily } from './family.ts';
import { canonicalCode } from './find.ts';
import { readRegistryFile, type RegistryFile } from './registry-file.ts';
import type { FamilyFile } from './schema.ts';
import { diagnostic, type DataArgument, type MessageId, type RuleId } from '../diagnostics/rule-registry.ts';
import { isInsideContent, symlinkOutside } from '../read/inside-content.ts';

export interface CodeFamily {
  id: string;
  title: string;
  /** Global, compiled once: the family's codes as written in text. */
  pattern: RegExp;
  /** Global: forms that count as codes only when registered (hex without `0x`). */
  loose?: RegExp;
  /** What the canonical form starts with (`AADSTS`, `0x`), '' for none. */
  prefix: string;
  case: 'upper' | 'lower' | 'keep';
  /** Relative to the content directory: `error-codes/aadsts.yml`. */
  file: string;
}

export interface RegisteredCode {
  /** Canonical form. */
  code: string;
  family: string;
  name?: string;
  summary?: string;
  protocol: string[];
  /** SMTP basic reply codes written in front of it (`550`). */
  basic: string[];
  articles: string[];
  file: string;
  line: number;
}

export interface Registry {
  families: CodeFamily[];
  codes: Map<string, RegisteredCode>;
  /** Every protocol identifier some code lists. */
  protocolIds: Set<string>;
}

export const REGISTRY_DIR = 'error-codes';

/** Reports a problem of a registry file, at a place in it. */
type Report = <R extends RuleId, M extends MessageId<R>>(
  file: string,
  at: Position,
  rule: R,
  messageId: M,
  ...data: DataArgument<R, M>
) => void;

const START: Position = { line: 1, column: 1 };

/** Where a protocol identifier is listed, checked once every family is read. */
interface ProtocolRef {
  id: string;
  file: string;
  at: Position;
}

/**
 * Reads every family file in name order (an unreadable, invalid or unsafe one is reported and
 * left out), adds each family and its codes, then checks that each protocol identifier a code
 * lists is itself a registered code.
 */
export function loadRegistry(contentDir: string): { registry: Registry; diagnostics: Diagnostic[] } {
  const registry: Registry = { families: [], codes: new Map(), protocolIds: new Set() };
  const diagnostics: Diagnostic[] = [];
  const report: Report = (file, at, rule, messageId, ...data) =>
    diagnostics.push(diagnostic({ file, ...at }, rule, messageId, ...data));

  const protocolRefs: ProtocolRef[] = [];
  for (const name of registryFileNames(contentDir, report, diagnostics)) {
    const file = `${REGISTRY_DIR}/${name}`;
    const parsed = readFamilyFile(contentDir, file, report, diagnostics);
    if (!parsed) continue;
    const family = addFamily(registry, parsed, file, name, report, diagnostics);
    if (family) protocolRefs.push(...addCodes(registry, family, parsed, report));
  }
  for (const ref of protocolRefs) {
    registry.protocolIds.add(ref.id);
    if (!registry.codes.has(ref.id))
      report(ref.file, ref.at, 'registry-unknown-protocol-id', 'unknown', { id: ref.id });
  }
  return { registry, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** The registry folder's `.yml` files, sorted; other files are reported as ignored (hidden ones silently). */
function registryFileNames(contentDir: string, report: Report, diagnostics: Diagnostic[]): string[] {
  if (!isInsideContent(contentDir, REGISTRY_DIR)) {
    diagnostics.push(symlinkOutside(REGISTRY_DIR, true));
    return [];
  }
  let names: string[];
  try {
    names = readdirSync(join(contentDir, REGISTRY_DIR)).sort();
  } catch (error) {
    // No registry folder is a content set without codes, not a problem.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      report(REGISTRY_DIR, START, 'registry-unreadable', 'folder', { problem: (error as Error).message });
    return [];
  }
  return names.filter((name) => {
    if (name.endsWith('.yml')) return true;
    if (!name.startsWith('.')) report(`${REGISTRY_DIR}/${name}`, START, 'registry-file-ignored', 'ignored', { name });
    return false;
  });
}

/** A family file of the right shape, and where each of its values is written. */
type FamilyFileRead = { def: FamilyFile; at: RegistryFile['at'] };

/** The family file read and validated (its problems reported), or undefined when it cannot be read or is not valid. */
function readFamilyFile(
  contentDir: string,
  file: string,
  report: Report,
  diagnostics: Diagnostic[],
): FamilyFileRead | undefined {
  if (!isInsideContent(contentDir, file)) {
    diagnostics.push(symlinkOutside(file, false));
    return undefined;
  }
  let text: string;
  try {
    text = readFileSync(join(contentDir, file), 'utf8');
  } catch (error) {
    report(file, START, 'registry-unreadable', 'file', { problem: (error as Error).message });
    return undefined;
  }
  const { def, at, diagnostics: problems } = readRegistryFile(text, file);
  diagnostics.push(...problems);
  return def ? { def, at } : undefined;
}

/** The family compiled and added, unless its expressions are invalid or unsafe or its id is taken. */
function addFamily(
  registry: Registry,
  parsed: FamilyFileRead,
  file: string,
  name: string,
  report: Report,
  diagnostics: Diagnostic[],
): CodeFamily | undefined {
  const compiled = compileFamily(parsed.def, file);
  if ('unsafe' in compiled) {
    // Left out of the registry: the expression then runs nowhere, neither in check and build nor in search.js.
    const { unsafe, key } = compiled;
    const at = { file, ...parsed.at([key]) };
    diagnostics.push(
      'reason' in unsafe
        ? diagnostic(at, 'registry-unsafe-pattern', 'unproven', { key, reason: unsafe.reason })
        : diagnostic(at, 'registry-unsafe-pattern', 'vulnerable', {
            key,
            complexity: unsafe.complexity,
            attack: unsafe.attack,
          }),
    );
    return undefined;
  }
  if ('problem' in compiled) {
    report(file, parsed.at([compiled.key]), 'registry-invalid-pattern', 'invalid', {
      key: compiled.key,
      problem: compiled.problem,
    });
    return undefined;
  }
  const family = compiled.family;
  const existing = registry.families.find((f) => f.id === family.id);
  if (existing) {
    report(file, parsed.at(['family']), 'registry-duplicate-family', 'duplicate', {
      family: family.id,
      file: existing.file,
    });
    return undefined;
  }
  if (name !== `${family.id}.yml`)
    report(file, parsed.at(['family']), 'registry-file-name', 'mismatch', { family: family.id, name });
  registry.families.push(family);
  return family;
}

/** The family's codes, in canonical form, each once in the whole registry; the protocol identifiers they list. */
function addCodes(registry: Registry, family: CodeFamily, parsed: FamilyFileRead, report: Report): ProtocolRef[] {
  const { file } = family;
  const refs: ProtocolRef[] = [];
  parsed.def.codes.forEach((entry, i) => {
    const codeAt = parsed.at(['codes', i, 'code']);
    const canonical = canonicalCode(entry.code, family);
    if (!canonical) {
      report(file, codeAt, 'registry-code-mismatch', 'mismatch', { code: entry.code, family: family.id });
      return;
    }
    if (canonical !== entry.code)
      report(file, codeAt, 'registry-noncanonical-code', 'noncanonical', { code: entry.code, canonical });
    const first = registry.codes.get(canonical);
    if (first) {
      report(file, codeAt, 'registry-duplicate-code', 'duplicate', {
        code: canonical,
        file: first.file,
        line: first.line,
      });
      return;
    }
    const code: RegisteredCode = {
      code: canonical,
      family: family.id,
      protocol: entry.protocol ?? [],
      basic: entry.basic ?? [],
      articles: entry.articles ?? [],
      file,
      line: codeAt.line,
    };
    if (entry.name) code.name = entry.name;
    if (entry.summary) code.summary = entry.summary;
    registry.codes.set(canonical, code);
    code.protocol.forEach((id, j) => refs.push({ id, file, at: parsed.at(['codes', i, 'protocol', j]) }));
  });
  return refs;
}
