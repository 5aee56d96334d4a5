/** The content the build benchmarks build: the shared corpus's five locales in side-by-side form. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocset } from '../src/core/import/import-docset.ts';
import { CORPUS_DIR } from '../test/helpers/corpus.ts';

/**
 * The five locales the corpus has in both forms (ar-SA, sv-SE, uk-UA, vi-VN, zh-TW), side by
 * side: the figures the README and the earlier runs quote are of this site. Imported once.
 */
export async function fiveLocaleContent(): Promise<string> {
  const root = join(tmpdir(), 'errata-bench-live-sxs-five');
  const contentDir = join(root, 'content');
  if (existsSync(join(root, '.complete'))) return contentDir;
  rmSync(root, { recursive: true, force: true });
  for (const locale of ['ar-SA', 'sv-SE', 'uk-UA', 'vi-VN', 'zh-TW']) {
    const unpacked = join(root, 'unpacked', locale);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', join(CORPUS_DIR, `alchemyinsights-${locale}-live-sxs.tar.gz`), '-C', unpacked]);
    await importDocset({ from: join(unpacked, 'AlchemyInsights'), locale: locale.toLowerCase(), contentDir });
  }
  cpSync(new URL('../content/error-codes/', import.meta.url).pathname, join(contentDir, 'error-codes'), {
    recursive: true,
  });
  writeFileSync(join(root, '.complete'), new Date().toISOString());
  return contentDir;
}
