/** `check --format json`: the object described in shared/design/contract.md. */
import { countBySeverity, type Diagnostic } from '../../core/diagnostics/diagnostic.ts';

export interface CheckSummary {
  files: number;
  articles: number;
  locales: string[];
  diagnostics: Diagnostic[];
}

export function formatJson(summary: CheckSummary): string {
  const counts = countBySeverity(summary.diagnostics);
  return JSON.stringify(
    {
      files: summary.files,
      articles: summary.articles,
      locales: summary.locales,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      diagnostics: summary.diagnostics,
    },
    null,
    2,
  );
}
