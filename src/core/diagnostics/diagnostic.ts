/** A problem found in the content, anchored where a writer can fix it. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path relative to the content directory, forward slashes. */
  file: string;
  /** 1-based line and column in the file as it is on disk. */
  line: number;
  column: number;
  severity: Severity;
  /** Stable kebab-case rule id, e.g. `front-matter-unknown-key`. */
  rule: string;
  message: string;
  /** How to fix it, in one sentence. */
  hint: string;
}

export interface Position {
  line: number;
  column: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** Sorts by file, then line, then column: the order a writer reads them in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
