/** errata takeback FILE.xlf [--force] [--content DIR] */
import { readFileSync, statSync } from 'node:fs';
import { loadRegistry } from '../../core/codes/registry.ts';
import { compareDiagnostics, type Diagnostic } from '../../core/diagnostics/diagnostic.ts';
import { applyTakeback, planTakeback } from '../../core/translate/takeback.ts';
import { MAX_XLIFF_BYTES } from '../../core/translate/xliff-read.ts';
import { diagnostic } from '../../core/diagnostics/rule-registry.ts';
import { parseWithPositionals, type CommandSpec, type Flags } from '../command.ts';
import { resolveContentDir } from '../paths.ts';
import { UsageError } from '../usage.ts';

export const TAKEBACK = {
  usage: 'errata takeback FILE.xlf [--force] [--content DIR]',
  prose: `Writes the translations of an XLIFF file made by errata handoff into
content/<locale>/<slug>.md: the source's Markdown with each block translated, the
translated title, and ms.contentlocale, ms.translationtype (HT, or MT when the file says
so), ms.openlocfilehash and ms.lasthandoff from the handoff, so the article is current.
All or nothing: a file with a unit whose protected elements were removed or changed, an
article whose source changed since the handoff, or anything unsafe is refused whole, one
problem per unit, and nothing is written. --force takes articles whose source changed.
Exit: 0 written, 1 refused, 2 unusable invocation.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    force: {
      type: 'boolean',
      default: false,
      description:
        'take articles whose source changed since the handoff: changed blocks keep the current English, and the article is stale once a newer source is handed off',
    },
  },
} as const satisfies CommandSpec<Flags>;

export async function takeback(args: string[]): Promise<number> {
  const parsed = parseWithPositionals(args, TAKEBACK);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('name one XLIFF file: errata takeback FILE.xlf.');
  const file = positionals[0]!;
  const contentDir = resolveContentDir(values.content);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`${file}: no such file.`);
  }
  // Too large to be a handoff: refused before a byte is read.
  const plan =
    size > MAX_XLIFF_BYTES
      ? {
          diagnostics: [
            diagnostic({ file, line: 1, column: 1 }, 'xliff-unsafe', 'tooLarge', {
              limit: MAX_XLIFF_BYTES / 1024 / 1024,
            }),
          ],
          writes: [],
        }
      : planTakeback({
          contentDir,
          registry: loadRegistry(contentDir).registry,
          file,
          bytes: readFileSync(file),
          force: values.force,
        });
  for (const d of [...plan.diagnostics].sort(compareDiagnostics)) console.error(formatLine(d));
  if (plan.diagnostics.some((d) => d.severity === 'error')) {
    console.error(`errata takeback: ${file} refused; nothing was written.`);
    return 1;
  }
  applyTakeback(plan);
  for (const write of plan.writes)
    console.log(
      `${write.replaces ? 'Updated' : 'Wrote'} ${write.file}${write.forced ? ' (source changed since the handoff: stale)' : ''}`,
    );
  return 0;
}

function formatLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.rule}\n  hint: ${d.hint}`;
}
