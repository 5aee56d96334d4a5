/**
 * The five-locale side-by-side corpus (~14,600 pages) built with --keep-going: the build
 * report must account for every Markdown file exactly once, and every built page exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { tempDir } from '../helpers/content.ts';
import { corpusContent } from '../helpers/corpus.ts';

interface Report { files: Array<{ file: string; status: string; url: string | null; reason?: string; diagnostics: unknown[] }> }

describe('the live-sxs corpus site', () => {
  it('builds with --keep-going, every input file in the report once, every built page on disk', async () => {
    const content = await corpusContent('live-sxs', tempDir('errata-corpus-'));
    const out = tempDir('errata-corpus-site-');
    const { status, stdout, stderr } = errata(['build', '--content', content, '--out', out, '--keep-going']);
    expect(status, `${stdout}\n${stderr}`).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as Report;
    const inputs = readdirSync(content, { recursive: true }).map(String).filter((f) => f.toLowerCase().endsWith('.md') && !f.startsWith('error-codes/')).sort();
    expect(report.files.map((f) => f.file).sort()).toEqual(inputs);
    const built = report.files.filter((f) => f.status === 'built');
    expect(built.length).toBeGreaterThan(14_000);
    for (const file of built) expect(existsSync(join(out, decodeURIComponent(file.url!), 'index.html')), file.url!).toBe(true);
    for (const file of report.files.filter((f) => f.status === 'skipped')) {
      expect(file.reason, file.file).toBeTruthy();
      expect(file.url).toBeNull();
    }
    for (const locale of ['ar-sa', 'sv-se', 'uk-ua', 'vi-vn', 'zh-tw']) expect(existsSync(join(out, locale, 'index.html')), locale).toBe(true);
  }, 900_000);
});
