/**
 * The shared error-code registry: every `content/error-codes/*.yml` file, one code
 * family each, validated together. Problems become diagnostics; nothing here throws
 * on bad input, so one broken file never hides the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDiagnostics, type Diagnostic, type Position } from '../diagnostics.ts';
import { compileFamily } from './family.ts';
import { canonicalCode } from './find.ts';
import { readRegistryFile, type YamlPath } from './registry-file.ts';
import { diagnostic } from '../rules/registry.ts';
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
  const report = (file: string, at: Position, severity: Diagnostic['severity'], rule: string, message: string, hint: string) =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, rule, message, hint });
  const start = { line: 1, column: 1 };

  if (!isInsideContent(contentDir, REGISTRY_DIR)) return { registry, diagnostics: [symlinkOutside(REGISTRY_DIR, true)] };
  let names: string[];
  try {
    names = readdirSync(join(contentDir, REGISTRY_DIR)).sort();
  } catch (error) {
    // No registry folder is a content set without codes, not a problem.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      report(REGISTRY_DIR, start, 'error', 'registry-unreadable', `The registry folder cannot be read: ${(error as Error).message}`, 'Check the folder\'s permissions.');
    }
    return { registry, diagnostics };
  }

  const protocolRefs: Array<{ id: string; file: string; at: Position }> = [];
  for (const name of names) {
    const file = `${REGISTRY_DIR}/${name}`;
    if (!name.endsWith('.yml')) {
      if (!name.startsWith('.')) report(file, start, 'warning', 'registry-file-ignored', `${name} is not read: registry files end in .yml.`, 'Rename it to <family>.yml or move it out of error-codes/.');
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
      report(file, start, 'error', 'registry-unreadable', `The file cannot be read: ${(error as Error).message}`, 'Check that it is a readable file.');
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
      diagnostics.push('reason' in unsafe
        ? diagnostic({ file, ...at([key]) }, 'registry-unsafe-pattern', 'unproven', { key, reason: unsafe.reason })
        : diagnostic({ file, ...at([key]) }, 'registry-unsafe-pattern', 'vulnerable', { key, complexity: unsafe.complexity, attack: unsafe.attack }));
      continue;
    }
    if ('problem' in compiled) {
      report(file, at([compiled.key]), 'error', 'registry-invalid-pattern', `The ${compiled.key} cannot be used: ${compiled.problem}.`,
        'Write a JavaScript regular expression that matches one code, without back-references.');
      continue;
    }
    const family = compiled.family;
    const existing = registry.families.find((f) => f.id === family.id);
    if (existing) {
      report(file, at(['family']), 'error', 'registry-duplicate-family', `The family "${family.id}" is already defined in ${existing.file}.`,
        `Move these codes into ${existing.file}, or give this family another id.`);
      continue;
    }
    if (name !== `${family.id}.yml`) {
      report(file, at(['family']), 'warning', 'registry-file-name', `The family "${family.id}" is in ${name}.`,
        `Rename the file to ${family.id}.yml so writers find each family by name.`);
    }
    registry.families.push(family);

    def.codes.forEach((entry, i) => {
      const codeAt = at(['codes', i, 'code']);
      const canonical = canonicalCode(entry.code, family);
      if (!canonical) {
        report(file, codeAt, 'error', 'registry-code-mismatch', `"${entry.code}" does not match the ${family.id} pattern.`,
          'Correct the code, move it to the file of its family, or widen the family pattern.');
        return;
      }
      if (canonical !== entry.code) {
        report(file, codeAt, 'warning', 'registry-noncanonical-code', `"${entry.code}" is registered as ${canonical}.`, `Write it as ${canonical}.`);
      }
      const first = registry.codes.get(canonical);
      if (first) {
        report(file, codeAt, 'error', 'registry-duplicate-code', `${canonical} is already registered in ${first.file} (line ${first.line}).`,
          'Keep one entry: merge the two, listing every article in the one kept.');
        return;
      }
      const code: RegisteredCode = {
        code: canonical, family: family.id,
        protocol: entry.protocol ?? [], basic: entry.basic ?? [], articles: entry.articles ?? [],
        file, line: codeAt.line,
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
      report(ref.file, ref.at, 'warning', 'registry-unknown-protocol-id', `The protocol identifier "${ref.id}" is not registered.`,
        'Register it in its protocol\'s family (such as error-codes/oauth2.yml) with a summary, or correct its spelling.');
    }
  }
  return { registry, diagnostics: diagnostics.sort(compareDiagnostics) };
}
