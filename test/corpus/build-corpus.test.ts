/**
 * Five locales of the side-by-side corpus (~14,600 pages; the whole 30 take minutes, which
 * `npm run bench:scale` measures) built with --keep-going beside the other 25: the build
 * report must account for every Markdown file exactly once, every built page exist, and
 * every image and link within the site lead to a file, unless the check reported it broken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { testTempDir } from '../helpers/content.ts';
import { corpusContent, describeWithCorpus } from '../helpers/corpus.ts';

interface Report {
  files: Array<{
    file: string;
    status: string;
    url: string | null;
    reason?: string;
    diagnostics: Array<{ rule: string }>;
  }>;
}

const LOCAL_URL = /\b(?:src|href)="(\/(?!\/)[^"?#]*)/g;

/** A root-relative URL the site serves: a file, or a folder with its index.html. */
function served(out: string, url: string): boolean {
  const path = join(out, decodeURIComponent(url.replace(/&amp;/g, '&')));
  return url.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path);
}

const LOCALES = ['ar-sa', 'sv-se', 'uk-ua', 'vi-vn', 'zh-tw'];

describeWithCorpus('the live-sxs corpus site', () => {
  it('builds with --keep-going: every input file in the report once, every built page on disk, every image and link within the site served', async () => {
    const content = await corpusContent('live-sxs', testTempDir('errata-corpus-'));
    const out = testTempDir('errata-corpus-site-');
    const { status, stdout, stderr } = errata([
      'build',
      '--content',
      content,
      '--out',
      out,
      '--keep-going',
      '--locales',
      LOCALES.join(','),
    ]);
    expect(status, `${stdout}\n${stderr}`).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as Report;
    const inputs = readdirSync(content, { recursive: true })
      .map(String)
      .filter((f) => f.toLowerCase().endsWith('.md') && LOCALES.includes(f.split('/')[0]!))
      .sort();
    expect(report.files.map((f) => f.file).sort()).toEqual(inputs);
    const built = report.files.filter((f) => f.status === 'built');
    expect(built.length).toBeGreaterThan(14_000);
    for (const file of built)
      expect(existsSync(join(out, decodeURIComponent(file.url!), 'index.html')), file.url!).toBe(true);
    for (const file of report.files.filter((f) => f.status === 'skipped')) {
      expect(file.reason, file.file).toBeTruthy();
      expect(file.url).toBeNull();
    }
    for (const locale of LOCALES) expect(existsSync(join(out, locale, 'index.html')), locale).toBe(true);

    // The other 25 locales are another build's: links into them (the language switcher) are not this one's to serve.
    const elsewhere = new Set(readdirSync(content).filter((name) => !LOCALES.includes(name)));
    const broken: string[] = [];
    let checked = 0;
    for (const file of built) {
      if (file.diagnostics.some((d) => d.rule === 'media-link-missing')) continue;
      const html = readFileSync(join(out, decodeURIComponent(file.url!), 'index.html'), 'utf8');
      for (const [, url] of html.matchAll(LOCAL_URL)) {
        if (elsewhere.has(url!.split('/')[1]!)) continue;
        checked++;
        if (!served(out, url!)) broken.push(`${file.file}: ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(broken).toEqual([]);
  }, 900_000);
});
