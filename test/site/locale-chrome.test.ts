/**
 * The chrome of built pages in every locale of locales/ (Hebrew, Thai, Arabic…): `<html lang dir>`
 * right, every UI string in the page's language, and where a locale file lacks a string, the
 * English that stands in marked `lang="en-US" dir="ltr"` (on a right-to-left page it would
 * otherwise be laid out right to left, its full stop at the wrong end). ar-sa's file here lacks
 * two strings and he-il's is empty, so every string of its pages is English and must be marked.
 * One build of one short article per locale serves every test here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { launchChromium } from './helpers/chromium.ts';
import { readPage, uiStrings } from './helpers/site-files.ts';
import { serveDirectory } from './helpers/static-server.ts';

const english = uiStrings('en-us');
// ar-sa's strings without these: the MT notice and the footer's licence sentence fall back to English.
const FALLBACK_LOCALE = 'ar-sa';
const REMOVED = ['notice.mt', 'footer.license'];
const locales = readdirSync(join(REPO, 'locales'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
// he-il's file emptied: every string of its pages falls back, so each must be marked (below).
const EMPTY_LOCALE = 'he-il';
const complete = locales.filter((l) => l !== 'en-us' && l !== FALLBACK_LOCALE && l !== EMPTY_LOCALE);

/** A machine-translated article in every locale, written in the locale's own words (its UI strings). */
function article(locale: string): string {
  if (locale === 'en-us')
    return '---\ntitle: Look up an error message\nms.date: 03/19/2021\n---\n# Look up an error message\n\nText.\n\n## One\n\nText.\n\n## Two\n\nText.\n';
  const words = uiStrings(locale);
  const tag = new Intl.Locale(locale).toString();
  return `${FRONT_MATTER(tag).replace('title: A test article', `title: "${words['lookup.title']}"`)}# ${words['lookup.title']}\n\n${words['home.intro']}\n\n## ${words['codes.code']}\n\n${words['home.intro']}\n\n## ${words['codes.name']}\n\n${words['home.intro']}\n`;
}

let out = '';

beforeAll(() => {
  const content = makeContent(
    Object.fromEntries(locales.map((locale) => [`${locale}/sign-in-loop.md`, article(locale)])),
  );
  const localesDir = tempDir('errata-locales-');
  cpSync(join(REPO, 'locales'), localesDir, { recursive: true });
  const lacking = uiStrings(FALLBACK_LOCALE);
  for (const key of REMOVED) delete lacking[key];
  writeFileSync(join(localesDir, `${FALLBACK_LOCALE}.json`), JSON.stringify(lacking, null, 2));
  writeFileSync(join(localesDir, `${EMPTY_LOCALE}.json`), '{}\n');
  out = tempDir('errata-out-');
  const run = spawnSync(
    process.execPath,
    [join(REPO, 'bin/errata.js'), 'build', '--content', content, '--out', out, '--keep-going', '--jobs', '1'],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, ERRATA_LOCALES_DIR: localesDir },
    },
  );
  expect(run.status, run.stderr).toBe(0);
}, 300_000);

/** The page without the article's own text and without the language names of the switcher. */
function chrome(html: string): string {
  return html
    .replace(/<div class="prose">[\s\S]*?<\/div>/, '')
    .replace(/<(ul|details)[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<link [^>]*>/g, '');
}

describe('a built page in a locale with complete strings', () => {
  it.each(complete)('%s: <html lang dir> right and no English in the chrome', (locale) => {
    const tag = new Intl.Locale(locale).toString();
    const dir = locale === 'he-il' || locale === 'ar-sa' ? 'rtl' : 'ltr';
    for (const path of [`/${locale}/sign-in-loop/`, `/${locale}/`, `/${locale}/404/`]) {
      const html = readPage(out, path);
      expect(html, path).toContain(`<html lang="${tag}" dir="${dir}">`);
      // (The language switcher names English in English: `<a … lang="en-US" dir="ltr">`, rightly.)
      expect(html, path).not.toContain('<span lang="en-US" dir="ltr">');
      const text = chrome(html);
      // Every English UI string long enough to be unmistakable (not "Code" or "CC BY 4.0").
      for (const [key, value] of Object.entries(english)) {
        const words = value
          .split(/\{\{\w+\}\}/)
          .map((part) => part.trim())
          .filter((part) => part.length >= 12);
        for (const part of words) expect(text, `${path}: ${key}`).not.toContain(part);
      }
      expect(text, path).toContain(uiStrings(locale)['site.name']);
    }
    // The article page shows its notices and contents in the page's language.
    const article = readPage(out, `/${locale}/sign-in-loop/`);
    expect(article).toContain(uiStrings(locale)['notice.mt']);
    expect(article).toContain(uiStrings(locale)['article.toc']);
  });
});

describe('a built page whose locale lacks a string', () => {
  it('marks the English that stands in as English, left to right, and nothing else', () => {
    const html = readPage(out, `/${FALLBACK_LOCALE}/sign-in-loop/`);
    expect(html).toContain('<html lang="ar-SA" dir="rtl">');
    expect(html).toContain(`<span lang="en-US" dir="ltr">${english['notice.mt']}</span>`);
    // The licence sentence is marked as a whole, link and all.
    expect(html).toMatch(
      /<span lang="en-US" dir="ltr">Articles © Microsoft, licensed under <a rel="license"[^>]*>CC BY 4\.0<\/a>\.<\/span>/,
    );
    expect(html.match(/<span lang="en-US" dir="ltr">/g)).toHaveLength(REMOVED.length);
    // The strings ar-sa has stay unmarked, in Arabic.
    expect(html).toContain(`>${uiStrings(FALLBACK_LOCALE)['notice.mtOriginal']}</a>`);
  });

  it('is the same on the locale home, in the footer every page shares', () => {
    const home = readPage(out, `/${FALLBACK_LOCALE}/`);
    expect(home.match(/<span lang="en-US" dir="ltr">/g)).toHaveLength(1);
    expect(home).toMatch(/<footer[^>]*>\s*<p><span lang="en-US" dir="ltr">Articles ©/);
  });
});

describe('the English that stands in, as a reader sees it', () => {
  let close = async () => {};
  let origin = '';
  let browser: Awaited<ReturnType<typeof launchChromium>>['browser'];
  beforeAll(async () => {
    const server = await serveDirectory(out);
    const chromium = await launchChromium();
    origin = server.origin;
    browser = chromium.browser;
    close = async () => {
      await chromium.close();
      await server.close();
    };
  }, 60_000);
  afterAll(() => close());

  it('on a right-to-left page, keeps its full stop at its end, where English puts it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/${FALLBACK_LOCALE}/sign-in-loop/`);
    // Where the sentence's first letter and its full stop are drawn, marked as it is and with the marking taken off.
    const positions = await page.evaluate(() => {
      const span = document.querySelector('.notice-mt span[lang="en-US"]')!;
      const text = span.firstChild as Text;
      const x = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        return range.getBoundingClientRect().left;
      };
      const last = text.length - 1;
      const marked = { first: x(0), stop: x(last), text: text.data.slice(-1) };
      span.removeAttribute('dir');
      return { marked, unmarked: { first: x(0), stop: x(last) } };
    });
    await context.close();
    expect(positions.marked.text).toBe('.');
    expect(positions.marked.stop).toBeGreaterThan(positions.marked.first);
    // Without dir="ltr" the right-to-left paragraph moves the full stop to the left of the sentence: the bug this prevents.
    expect(positions.unmarked.stop).toBeLessThan(positions.unmarked.first);
  }, 60_000);

  it.each(['sign-in-loop/', '', '404/'])(
    'marks every English string as English on a right-to-left page that has none of its own: /he-il/%s',
    async (path) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${EMPTY_LOCALE}/${path}`);
      // The English strings, cut at their placeholders; long pieces only, so a piece names one string.
      const pieces = Object.values(english)
        .flatMap((value) => value.split(/\{\{\w+\}\}/))
        .map((p) => p.trim())
        .filter((p) => p.length >= 10);
      const found = await page.evaluate((wanted) => {
        const unmarked: string[] = [];
        let marked = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          const piece = wanted.find((p) => text.includes(p));
          if (!piece) continue;
          // With scripts on, <noscript> holds its markup as raw text: the marking is in that text.
          if (node.parentElement!.closest('noscript')) {
            if (text.includes(`<span lang="en-US" dir="ltr">${piece}`)) marked++;
            else unmarked.push(`${text.trim()} (in <noscript>)`);
            continue;
          }
          const holder = node.parentElement!.closest('[lang]');
          if (holder?.getAttribute('lang') === 'en-US' && holder.getAttribute('dir') === 'ltr') marked++;
          else
            unmarked.push(
              `${text.trim()} (in <${node.parentElement!.tagName.toLowerCase()}>, lang ${holder?.getAttribute('lang')})`,
            );
        }
        return { marked, unmarked };
      }, pieces);
      await context.close();
      expect(found.unmarked).toEqual([]);
      expect(found.marked).toBeGreaterThan(3);
    },
    60_000,
  );
});
