/**
 * Root pages and homes at the real docset's scale — 36 locales, 3,000 articles — stay pages a
 * reader can use: no page over 500 KB of HTML, /status/ an overview with one page per locale,
 * and a locale home that names ranges of its articles instead of listing them all. Built from
 * a generated fixture: ~3,000 source articles with titles and slugs of the real docset's
 * lengths, 35 translations, one of them (sv-se) with 600 articles, and only sv-se built, so
 * the test renders 600 pages while the root pages see the whole content.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { bundledRegistry, FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';

const ARTICLES = 3000;
const SV_ARTICLES = 600;
const LOCALES =
  'ar-sa bg-bg cs-cz da-dk de-de el-gr es-es et-ee fi-fi fr-fr he-il hr-hr hu-hu id-id it-it ja-jp ko-kr lt-lt lv-lv nb-no nl-nl pl-pl pt-br pt-pt ro-ro ru-ru sk-sk sl-si sr-latn-rs sv-se th-th tr-tr uk-ua vi-vn zh-cn zh-tw'.split(
    ' ',
  );
const WORDS =
  'Outlook Teams Exchange SharePoint OneDrive Azure sign-in license mailbox calendar password activation sync meeting admin tenant'.split(
    ' ',
  );
const MAX_PAGE = 500 * 1024;

/** ~50-character titles and ~36-character slugs, like the AlchemyInsights articles. */
const title = (i: number) =>
  `${WORDS[i % 16]} ${WORDS[(i * 7 + 3) % 16]} error when you ${WORDS[(i * 5 + 1) % 16]} (${i})`;
const slug = (i: number) => `${WORDS[(i * 3) % 16]!.toLowerCase()}-troubleshoot-${String(i).padStart(5, '0')}-issue`;

let out: string;
let content: string;
const html = (path: string) => readFileSync(join(out, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

beforeAll(() => {
  const files: Record<string, string> = { ...bundledRegistry() };
  for (let i = 0; i < ARTICLES; i++)
    files[`en-us/${slug(i)}.md`] = `---\ntitle: ${title(i)}\nms.date: 03/19/2021\n---\n# ${title(i)}\n\nText.\n`;
  for (const locale of LOCALES) {
    const count = locale === 'sv-se' ? SV_ARTICLES : 1;
    const tag = locale.replace(/-(\w+)$/, (_, region: string) => `-${region.toUpperCase()}`).replace('-latn', '-Latn');
    for (let i = 0; i < count; i++) {
      const head = FRONT_MATTER(tag).replace('A test article', `${title(i)} ${locale}`);
      files[`${locale}/${slug(i)}.md`] = `${head}# ${title(i)}\n\n${i === 0 ? 'AADSTS50000. ' : ''}Text.\n`;
    }
  }
  // The registered article of AADSTS50000, so the home's code index has an entry.
  files['en-us/troubleshoot-aadsts50000-error-code.md'] =
    '---\ntitle: Troubleshoot AADSTS50000\nms.date: 03/19/2021\n---\n# AADSTS50000\n\nAADSTS50000.\n';
  files['sv-se/troubleshoot-aadsts50000-error-code.md'] = `${FRONT_MATTER('sv-SE')}# AADSTS50000\n\nAADSTS50000.\n`;
  content = makeContent(files);
  out = tempDir('errata-scale-');
  const built = errata(['build', '--content', content, '--out', out, '--keep-going', '--locales', 'sv-se']);
  expect(built.status, built.stderr).toBe(0);
}, 600_000);

describe('root pages at 36 locales and 3,000 articles', () => {
  it('writes no page over 500 KB of HTML, and says how large the largest are', () => {
    const sizes = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, statSync(join(out, f)).size] as const);
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `largest pages: ${largest.map(([f, s]) => `${f} ${(s / 1024).toFixed(0)} KB`).join(', ')}; /status/ ${(statSync(join(out, 'status/index.html')).size / 1024).toFixed(0)} KB; /sv-se/ ${(statSync(join(out, 'sv-se/index.html')).size / 1024).toFixed(0)} KB`,
    );
    for (const [file, size] of sizes) expect(size, file).toBeLessThan(MAX_PAGE);
    // The largest pages are the status pages that list all 3,000 articles: the bound holds at full size.
    expect(largest[0]![0]).toMatch(/^status\/[a-z-]+\/index\.html$/);
    expect(statSync(join(out, 'status/en-us/index.html')).size).toBeGreaterThan(200 * 1024);
  });

  it('makes /status/ an overview of every locale, each linking to its own status page', () => {
    const overview = html('status');
    for (const locale of [...LOCALES, 'en-us']) expect(overview, locale).toContain(`href="/status/${locale}/"`);
    expect(overview).not.toContain('class="matrix"');
    expect(readdirSync(join(out, 'status')).sort()).toEqual([...LOCALES, 'en-us', 'index.html'].sort());
  });

  it("lists every article once on a locale's status page, grouped by state, with a jump list", () => {
    const page = html('status/sv-se');
    const items = [...page.matchAll(/<li>(?:<a href="([^"]+)">)?[^<]*(?:<\/a>)?<\/li>/g)];
    expect(items).toHaveLength(ARTICLES + 1);
    expect(page).toMatch(/<h2 id="state-missing">Missing \(2,400\)<\/h2>/);
    expect(page).toMatch(/<h2 id="state-MT">Machine translation \(601\)<\/h2>/);
    expect(page).toContain('href="#state-missing"');
    expect(page.indexOf('state-missing"')).toBeLessThan(page.indexOf('state-MT"'));
    expect(page).toContain(`href="/sv-se/${slug(0)}/"`);
    expect(page).toContain(`href="/en-us/${slug(SV_ARTICLES)}/"`);
  });

  it('gives a locale of many articles a home that names ranges of them, and list pages that hold each article once', () => {
    const home = html('sv-se');
    const ranges = [...home.matchAll(/<li><a href="(\/sv-se\/articles\/\d+\/)">([^<]+)<\/a> \((\d+)\)<\/li>/g)];
    expect(ranges.map((r) => [r[1], r[3]])).toEqual([
      ['/sv-se/articles/1/', '250'],
      ['/sv-se/articles/2/', '250'],
      ['/sv-se/articles/3/', '101'],
    ]);
    expect(home).not.toContain('class="article-list"');
    expect(home).toContain('class="codes"');
    const listed: string[] = [];
    for (const [, url, label] of ranges) {
      const page = html(url!);
      expect(page).toContain(`<a href="${url}" aria-current="page">`);
      const titles = [...page.matchAll(/<ul class="article-list">([^]*?)<\/ul>/g)][0]![1]!
        .match(/<a href="[^"]+">[^<]+<\/a>/g)!
        .map((a) => a.replace(/<[^>]+>/g, ''));
      // Guide words: the range's label starts the way its first and last titles do.
      const [from, to] = label!.split(' – ').map((w) => w.replace(/…$/, ''));
      expect(titles[0]!.startsWith(from!), `${titles[0]} / ${from}`).toBe(true);
      expect(titles.at(-1)!.startsWith(to!), `${titles.at(-1)} / ${to}`).toBe(true);
      listed.push(...titles);
    }
    expect(listed).toHaveLength(SV_ARTICLES + 1);
    expect(new Set(listed).size).toBe(SV_ARTICLES + 1);
    const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });
    expect(listed).toEqual([...listed].sort((a, b) => collator.compare(a, b)));
  });

  it('removes the list pages in a rebuild into the same folder once the locale has few enough articles for its home', () => {
    expect(existsSync(join(out, 'sv-se/articles/3/index.html'))).toBe(true);
    for (let i = 200; i < SV_ARTICLES; i++) rmSync(join(content, `sv-se/${slug(i)}.md`));
    const rebuilt = errata(['build', '--content', content, '--out', out, '--keep-going', '--locales', 'sv-se']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/changed files moved into/);
    expect(existsSync(join(out, 'sv-se/articles'))).toBe(false);
    expect(
      html('sv-se')
        .match(/<ul class="article-list">([^]*?)<\/ul>/)![1]!
        .match(/<li>/g),
    ).toHaveLength(201);
  });
});
