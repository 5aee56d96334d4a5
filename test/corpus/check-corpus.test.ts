/**
 * The whole shared corpus (35 archives, ~102,000 Markdown files) imported with `errata import`
 * and checked with `errata check --format json`, as a writer's CI would run it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { corpusArchives, corpusContent, countMarkdown, describeWithCorpus, type Flavor } from '../helpers/corpus.ts';
import { REPO, testTempDir } from '../helpers/content.ts';

interface CheckJson {
  files: number;
  articles: number;
  locales: string[];
  errors: number;
  warnings: number;
  diagnostics: Array<{
    file: string;
    line: number;
    column: number;
    severity: string;
    rule: string;
    message: string;
    hint: string;
  }>;
}

function checkJson(contentDir: string): { status: number | null; json: CheckJson } {
  const result = spawnSync(
    process.execPath,
    [join(REPO, 'bin/errata.js'), 'check', '--content', contentDir, '--format', 'json'],
    { maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  if (result.stderr) console.error(result.stderr);
  return { status: result.status, json: JSON.parse(result.stdout) as CheckJson };
}

function ruleCounts(json: CheckJson): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of json.diagnostics) counts[`${d.severity} ${d.rule}`] = (counts[`${d.severity} ${d.rule}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort());
}

describeWithCorpus.each<Flavor>(['live', 'live-sxs'])('the %s corpus', (flavor) => {
  it('is imported and checked without a crash, every Markdown file counted', async () => {
    // A fresh import every run: the test covers `errata import` too.
    const contentDir = await corpusContent(flavor, testTempDir('errata-corpus-'));
    const { status, json } = checkJson(contentDir);
    expect([0, 1]).toContain(status);
    // Every archive of the flavor became a locale (5 plain, 30 side by side).
    expect(json.locales).toEqual(
      corpusArchives(flavor)
        .map((a) => a.locale.toLowerCase())
        .sort(),
    );
    expect(json.files).toBe(countMarkdown(contentDir));
    expect(json.files).toBeGreaterThan(14_000);
    for (const d of json.diagnostics) {
      expect(d.line, `${d.file} ${d.rule}`).toBeGreaterThan(0);
      expect(d.hint, d.rule).not.toBe('');
    }
    expect(ruleCounts(json)).toMatchSnapshot();
  });
});
