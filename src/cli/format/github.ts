/** `check --format github`: GitHub Actions workflow commands, one annotation per diagnostic. */
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.ts';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(diagnostics: readonly Diagnostic[], contentDir: string): string {
  return diagnostics
    .map((d) => {
      const file = relative(process.cwd(), join(contentDir, d.file)).split('\\').join('/');
      const properties = `file=${escapeProperty(file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
      return `::${LEVEL[d.severity]} ${properties}::${escapeData(`${d.message}\nHint: ${d.hint}`)}`;
    })
    .join('\n');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
