/**
 * The bundled sample docset shows the product: held to counts, not to file names, so the
 * sample may change as long as every feature still shows on it. Reads the site every site
 * test shares (helpers/built-site.ts) and the check of the bundled content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import { REPO } from '../helpers/content.ts';
import { builtSite } from './helpers/built-site.ts';
import { htmlPages, readPage } from './helpers/site-files.ts';

const CONTENT = join(REPO, 'content');

interface ReportFile {
  file: string;
  locale: string;
  slug: string;
  status: string;
  url: string | null;
}

let out: string;
let report: { files: ReportFile[] };
let articlePages: { path: string; locale: string; tag: string }[];
let set: Awaited<ReturnType<typeof checkContent>>;

beforeAll(async () => {
  out = await builtSite();
  report = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as { files: ReportFile[] };
  const locales = new Set(report.files.map((f) => f.locale));
  articlePages = htmlPages(out)
    .filter((path) => /^\/[a-z]{2}-[a-z]{2}\/[^/]+\/$/.test(path) && locales.has(path.split('/')[1]!))
    .map((path) => ({
      path,
      locale: path.split('/')[1]!,
      tag: /<article\b[^>]*>/.exec(readPage(out, path))?.[0] ?? '',
    }))
    .filter((page) => page.tag !== '');
  set = await checkContent({ contentDir: CONTENT });
});

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('the bundled sample docset', () => {
  it('has about forty articles in six to eight locales, each built, and every locale a page of every article', () => {
    const slugs = new Set(report.files.map((f) => f.slug));
    const locales = new Set(report.files.map((f) => f.locale));
    expect(slugs.size).toBeGreaterThanOrEqual(35);
    expect(locales.size).toBeGreaterThanOrEqual(6);
    expect(locales.size).toBeLessThanOrEqual(8);
    expect(report.files.every((f) => f.status === 'built')).toBe(true);
    expect(articlePages.length).toBe(slugs.size * locales.size);
    expect(htmlPages(out).length).toBeGreaterThanOrEqual(200);
  });

  it('shows human and machine translations, side by side and plain, and stale ones', () => {
    const kinds = (value: string) =>
      articlePages.filter((p) => attr(p.tag, 'data-translation') === value && !attr(p.tag, 'data-fallback')).length;
    expect(kinds('source')).toBeGreaterThanOrEqual(35);
    expect(kinds('HT')).toBeGreaterThanOrEqual(10);
    expect(kinds('MT')).toBeGreaterThanOrEqual(100);
    expect(articlePages.filter((p) => attr(p.tag, 'data-stale') === 'true').length).toBeGreaterThanOrEqual(3);
    const translations = set.articles.filter((a) => a.meta.translation !== 'source');
    const sideBySide = translations.filter((a) => a.sideBySide);
    expect(sideBySide.length).toBeGreaterThanOrEqual(100);
    expect(translations.length - sideBySide.length).toBeGreaterThanOrEqual(1);
    expect(allDiagnostics(set).filter((d) => d.rule === 'translation-stale').length).toBeGreaterThanOrEqual(3);
  });

  it('has missing translations, which are fallback pages', () => {
    const fallbacks = articlePages.filter((p) => attr(p.tag, 'data-fallback'));
    expect(fallbacks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(fallbacks.map((p) => p.locale)).size).toBeGreaterThanOrEqual(3);
  });

  it('uses codes of at least five registry families, and every code it uses is registered', () => {
    const families = new Set<string>();
    for (const article of set.articles) {
      for (const code of article.codes) {
        const registered = set.registry.codes.get(code);
        if (registered) families.add(registered.family);
      }
    }
    expect(families.size, [...families].join(', ')).toBeGreaterThanOrEqual(5);
    expect(allDiagnostics(set).filter((d) => d.rule === 'error-code-unregistered')).toEqual([]);
  });

  it('has a right-to-left locale and a Chinese one, with its titles in Chinese', () => {
    const rtl = htmlPages(out).filter(
      (path) => /^\/[a-z]{2}-[a-z]{2}\/$/.test(path) && /<html[^>]*\sdir="rtl"/.test(readPage(out, path)),
    );
    expect(rtl.length).toBeGreaterThanOrEqual(1);
    const chinese = [...new Set(report.files.map((f) => f.locale))].filter((locale) => locale.startsWith('zh-'));
    expect(chinese.length).toBeGreaterThanOrEqual(1);
    for (const locale of chinese) {
      const titles = [...readPage(out, `/${locale}/`).matchAll(/<ul class="article-list">([\s\S]*?)<\/ul>/g)]
        .map((m) => m[1]!)
        .join('');
      expect((titles.match(/\p{sc=Han}/gu) ?? []).length, locale).toBeGreaterThan(100);
    }
  });

  it("shows machine-translation damage repaired on the page, the seed's lost TokenIssuanceError among it", () => {
    const lost = allDiagnostics(set).filter(
      (d) => d.rule === 'invariant-lost-in-translation' && d.severity === 'error',
    );
    expect(
      lost.some(
        (d) => d.file === 'uk-ua/troubleshoot-aadsts50000-error-code.md' && d.message.includes('TokenIssuanceError'),
      ),
    ).toBe(true);
    const repaired = articlePages.filter((p) => readPage(out, p.path).includes('sxs-damaged'));
    expect(repaired.length).toBeGreaterThanOrEqual(2);
    expect(repaired.map((p) => p.path)).toContain('/uk-ua/troubleshoot-aadsts50000-error-code/');
  });

  it('has images, published beside the articles that show them', () => {
    const withImages = articlePages.filter((p) => /<img\b[^>]*src="[^"]*media\//.test(readPage(out, p.path)));
    expect(withImages.length).toBeGreaterThanOrEqual(3);
    for (const page of withImages) {
      for (const [, src] of readPage(out, page.path).matchAll(/<img\b[^>]*src="([^"]*media\/[^"]+)"/g)) {
        const file = src!.startsWith('/') ? join(out, src!) : join(out, page.path, src!);
        expect(existsSync(file), `${page.path}: ${src}`).toBe(true);
      }
    }
  });

  it('reads like a curated demo: a few intended findings, no noise', () => {
    const diagnostics = allDiagnostics(set);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.length).toBeLessThanOrEqual(3);
    expect(errors.every((d) => d.rule === 'invariant-lost-in-translation')).toBe(true);
    expect(warnings.length).toBeLessThanOrEqual(3);
    expect(diagnostics.length).toBeLessThanOrEqual(15);
  });

  it('ships the licence and the attribution at the content root, and no check or build finds anything about them', () => {
    const root = readdirSync(CONTENT, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    expect(root).toEqual(['ATTRIBUTION.md', 'LICENSE-CC-BY-4.0.txt']);
    expect(readFileSync(join(CONTENT, 'LICENSE-CC-BY-4.0.txt'), 'utf8')).toMatch(/Attribution 4\.0 International/);
    expect(readFileSync(join(CONTENT, 'ATTRIBUTION.md'), 'utf8')).toMatch(/© Microsoft[\s\S]*CC BY 4\.0/);
    const mentioned = (file: string) =>
      report.files.some((f) => f.file === file) || allDiagnostics(set).some((d) => d.file.includes(file));
    for (const file of root) expect(mentioned(file), file).toBe(false);
  });
});
