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
import { readRegistryFile, type YamlPath } from './registry-file.ts';
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

export function loadRegistry(contentDir: string): { registry: Registry; diagnostics: Diagnostic[] } {
  const registry: Registry = { families: [], codes: new Map(), protocolIds: new Set() };
  const diagnostics: Diagnostic[] = [];
  const report = <R extends RuleId, M extends MessageId<R>>(
    file: string,
    at: Position,
    rule: R,
    messageId: M,
    ...data: DataArgument<R, M>
  ) => diagnostics.push(diagnostic({ file, ...at }, rule, messageId, ...data));
  const start = { line: 1, column: 1 };

  if (!isInsideContent(contentDir, REGISTRY_DIR))
    return { registry, diagnostics: [symlinkOutside(REGISTRY_DIR, true)] };
  let names: string[];
  try {
    names = readdirSync(join(contentDir, REGISTRY_DIR)).sort();
  } catch (error) {
    // No registry folder is a content set without codes, not a problem.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      report(REGISTRY_DIR, start, 'registry-unreadable', 'folder', { problem: (error as Error).message });
    }
    return { registry, diagnostics };
  }

  const protocolRefs: Array<{ id: string; file: string; at: Position }> = [];
  for (const name of names) {
    const file = `${REGISTRY_DIR}/${name}`;
    if (!name.endsWith('.yml')) {
      if (!name.startsWith('.')) report(file, start, 'registry-file-ignored', 'ignored', { name });
      continue;
    }
    if (!isInsideContent(contentDir, file)) {
      diagnostics.push(symlinkOutside(file, false));
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(contentDir, file), 'utf8');
    } catch (error) {
      report(file, start, 'registry-unreadable', 'file', { problem: (error as Error).message });
      continue;
    }
    const parsed = readRegistryFile(text, file);
    diagnostics.push(...parsed.diagnostics);
    const def = parsed.def;
    if (!def) continue;
    const at = (path: YamlPath, key?: string) => parsed.at(path, key);

    const compiled = compileFamily(def, file);
    if ('unsafe' in compiled) {
      // Left out of the registry: the expression then runs nowhere, neither in check and build nor in search.js.
      const { unsafe, key } = compiled;
      diagnostics.push(
        'reason' in unsafe
          ? diagnostic({ file, ...at([key]) }, 'registry-unsafe-pattern', 'unproven', { key, reason: unsafe.reason })
          : diagnostic({ file, ...at([key]) }, 'registry-unsafe-pattern', 'vulnerable', {
              key,
              complexity: unsafe.complexity,
              attack: unsafe.attack,
            }),
      );
      continue;
    }
    if ('problem' in compiled) {
      report(file, at([compiled.key]), 'registry-invalid-pattern', 'invalid', {
        key: compiled.key,
        problem: compiled.problem,
      });
      continue;
    }
    const family = compiled.family;
    const existing = registry.families.find((f) => f.id === family.id);
    if (existing) {
      report(file, at(['family']), 'registry-duplicate-family', 'duplicate', {
        family: family.id,
        file: existing.file,
      });
      continue;
    }
    if (name !== `${family.id}.yml`) {
      report(file, at(['family']), 'registry-file-name', 'mismatch', { family: family.id, name });
    }
    registry.families.push(family);

    def.codes.forEach((entry, i) => {
      const codeAt = at(['codes', i, 'code']);
      const canonical = canonicalCode(entry.code, family);
      if (!canonical) {
        report(file, codeAt, 'registry-code-mismatch', 'mismatch', { code: entry.code, family: family.id });
        return;
      }
      if (canonical !== entry.code) {
        report(file, codeAt, 'registry-noncanonical-code', 'noncanonical', { code: entry.code, canonical });
      }
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
      code.protocol.forEach((id, j) => protocolRefs.push({ id, file, at: at(['codes', i, 'protocol', j]) }));
    });
  }

  for (const ref of protocolRefs) {
    registry.protocolIds.add(ref.id);
    if (!registry.codes.has(ref.id)) {
      report(ref.file, ref.at, 'registry-unknown-protocol-id', 'unknown', { id: ref.id });
    }
  }
  return { registry, diagnostics: diagnostics.sort(compareDiagnostics) };
}
