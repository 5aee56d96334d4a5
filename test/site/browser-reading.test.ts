/**
 * Reading the site as people do, in Chromium: right to left in Arabic, switching
 * languages without JavaScript, the English original of a machine translation by
 * keyboard alone, the root page choosing the reader's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from './helpers/built-site.ts';
import { openPage } from './helpers/browser-page.ts';
import { launchChromium, type RunningBrowser } from './helpers/chromium.ts';
import { bundledArticles, representativeArticles, uiStrings } from './helpers/site-files.ts';
import { serveDirectory, type StaticServer } from './helpers/static-server.ts';

let server: StaticServer;
let chromium: RunningBrowser;
const articles = bundledArticles();
/** One article of each kind per locale (and the seed everywhere): the pages opened one by one. */
const sampled = representativeArticles(articles);
/** The seed article: side by side in sv-SE, in six locales of the sample's eight (no fr-FR or zh-CN version). */
const SLUG = 'troubleshoot-aadsts50000-error-code';
const hasSeed = (locale: string) => articles.some((a) => a.locale === locale && a.slug === SLUG);
const url = (path: string) => server.origin + path;

beforeAll(async () => {
  server = await serveDirectory(await builtSite());
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function withContext<T>(
  options: Parameters<RunningBrowser['browser']['newContext']>[0],
  run: (context: Awaited<ReturnType<RunningBrowser['browser']['newContext']>>) => Promise<T>,
): Promise<T> {
  const context = await chromium.browser.newContext({ locale: 'fi-FI', ...options });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('right to left', () => {
  it('lays out the Arabic article mirrored: notice border on the right, text from the right, code still left to right', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, url(`/ar-sa/${SLUG}/`));
      const layout = await page.evaluate(() => {
        const notice = document.querySelector('.notice')!;
        const style = getComputedStyle(notice);
        const main = document.querySelector('main')!.getBoundingClientRect();
        const title = document.querySelector('article h1')!;
        const range = document.createRange();
        range.selectNodeContents(title);
        const code = document.querySelector('.prose code');
        return {
          dir: document.documentElement.dir,
          borderRight: style.borderRightWidth,
          borderLeft: style.borderLeftWidth,
          titleGapRight: main.right - range.getBoundingClientRect().right,
          titleGapLeft: range.getBoundingClientRect().left - main.left,
          codeDirection: code ? getComputedStyle(code).direction : 'ltr',
          switcherLeft: document.querySelector('.languages')!.getBoundingClientRect().left - main.left,
        };
      });
      expect(layout.dir).toBe('rtl');
      expect(layout.borderRight).toBe('4px');
      expect(layout.borderLeft).toBe('0px');
      // The title hugs the right edge of the content column (its padding aside), not the left.
      expect(layout.titleGapRight).toBeLessThan(40);
      expect(layout.titleGapLeft).toBeGreaterThan(layout.titleGapRight);
      expect(layout.codeDirection).toBe('ltr');
    });
  });
});

describe('the language switcher', () => {
  it('offers the other translations of the article by their own names and navigates, without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page, errors } = await openPage(context, url(`/sv-se/${SLUG}/`));
      const switcher = page.locator('details.languages');
      const links = switcher.locator('a[hreflang]');
      expect(await links.first().isVisible()).toBe(false);
      await switcher.locator('summary').click();
      expect(await links.first().isVisible()).toBe(true);
      const offered = await links.evaluateAll((as) =>
        as.map((a) => ({ hreflang: a.getAttribute('hreflang'), text: a.textContent, href: a.getAttribute('href') })),
      );
      const translations = articles.filter((a) => a.slug === SLUG);
      expect(offered.map((o) => o.href).sort()).toEqual(translations.map((a) => `/${a.locale}/${SLUG}/`).sort());
      for (const link of offered) {
        const tag = link.hreflang!;
        const ownName = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)!;
        expect(link.text!.toLowerCase(), tag).toBe(ownName.toLowerCase());
      }
      await switcher.locator('a[hreflang="zh-TW"]').click();
      await page.waitForURL(`**/zh-tw/${SLUG}/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      expect(errors).toEqual([]);
    });
  });
});

describe('a machine translation with its English alongside', () => {
  const PAGE = `/sv-se/${SLUG}/`;
  const state = () => {
    const visible = (selector: string) =>
      [...document.querySelectorAll(`.prose ${selector}`)].filter((e) => (e as HTMLElement).checkVisibility()).length;
    return {
      translated: visible('.sxs-t'),
      english: visible('.sxs-o'),
      lang: document.querySelector('.prose')!.getAttribute('lang'),
    };
  };

  it('reads without JavaScript: the notice is there, the English stays hidden and the toggle is not offered', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const { page } = await openPage(context, url(PAGE));
      expect(await page.locator('.notice-mt').innerText()).toContain(uiStrings('sv-se')['notice.mt']);
      expect(await page.locator('.original-control').isVisible()).toBe(false);
      const now = await page.evaluate(state);
      expect(now.translated).toBeGreaterThan(0);
      expect(now.english).toBe(0);
    });
  });

  it("shows a sentence's English on keyboard focus, switches the whole article with the O key, and remembers it", async () => {
    await withContext({}, async (context) => {
      const { page, errors } = await openPage(context, url(PAGE));
      let focused = { segment: false, englishShown: false, describedBy: '' };
      for (let i = 0; i < 40 && !focused.segment; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => {
          const active = document.activeElement as HTMLElement;
          const english = active.querySelector(':scope > .sxs-o') as HTMLElement | null;
          return {
            segment: active.classList.contains('sxs'),
            englishShown: english?.checkVisibility() ?? false,
            describedBy: (
              document.getElementById(active.getAttribute('aria-describedby') ?? '')?.textContent ?? ''
            ).trim(),
          };
        });
      }
      expect(focused.segment, 'a segment takes keyboard focus').toBe(true);
      expect(focused.englishShown, 'its English shows on focus').toBe(true);
      expect(focused.describedBy, 'and describes it to screen readers').not.toBe('');

      const before = await page.evaluate(state);
      expect(before.english, 'only the focused sentence shows its English').toBe(1);
      await page.keyboard.press('o');
      const after = await page.evaluate(state);
      expect(after.translated).toBe(0);
      expect(after.english).toBe(before.translated);
      expect(after.lang).toBe('en-US');

      await page.reload();
      expect(await page.evaluate(state), 'remembered after reload').toMatchObject({
        translated: 0,
        english: before.translated,
      });

      // Back to the translation with the button, still by keyboard only.
      await page.locator('.original-control button').focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(state)).toMatchObject({ translated: before.translated, english: 0, lang: null });
      await page.reload();
      expect(await page.evaluate(state)).toMatchObject({ translated: before.translated, english: 0 });
      expect(errors).toEqual([]);
    });
  });

  it('lets the reader turn the one-key shortcut off, by keyboard, and remembers that', async () => {
    await withContext({}, async (context) => {
      const { page, errors } = await openPage(context, url(PAGE));
      const box = page.locator('.original-control input[type="checkbox"]');
      expect(await box.isChecked()).toBe(true);
      expect(await page.locator('.original-control button').getAttribute('aria-keyshortcuts')).toBe('O');
      await box.focus();
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(false);
      await page.locator('main h1').click();
      await page.keyboard.press('o');
      expect((await page.evaluate(state)).english, 'O does nothing once the shortcut is off').toBe(0);
      expect(await page.locator('.original-control button').getAttribute('aria-keyshortcuts')).toBeNull();

      await page.reload();
      expect(await box.isChecked(), 'remembered after reload').toBe(false);
      await page.keyboard.press('o');
      expect((await page.evaluate(state)).english).toBe(0);
      // The button still switches the article.
      await page.locator('.original-control button').click();
      expect((await page.evaluate(state)).english).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

  it('lets typing in a form field alone: the O key there types an O', async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, url(PAGE));
      await page.evaluate(() =>
        document.querySelector('main')!.prepend(Object.assign(document.createElement('input'), { id: 'probe' })),
      );
      await page.locator('#probe').focus();
      await page.keyboard.press('o');
      expect(await page.locator('#probe').inputValue()).toBe('o');
      expect((await page.evaluate(state)).english).toBe(0);
    });
  });
});

describe('notices', { timeout: 300_000 }, () => {
  it('says plainly when an article is machine translated or stale, and not otherwise', async () => {
    expect(sampled.some((a) => a.stale) && sampled.some((a) => !a.stale && a.translation === 'MT')).toBe(true);
    await withContext({}, async (context) => {
      for (const article of sampled) {
        const { page } = await openPage(context, url(`/${article.locale}/${article.slug}/`));
        const strings = { ...uiStrings('en-us'), ...uiStrings(article.locale) };
        const text = await page.locator('main').innerText();
        const stale = await page.locator('article').getAttribute('data-stale');
        await page.close();
        expect(text.includes(strings['notice.mt']!), `${article.locale} MT notice`).toBe(article.translation === 'MT');
        expect(text.includes(strings['notice.stale']!), `${article.locale} stale notice`).toBe(stale === 'true');
        expect(stale, `${article.locale}/${article.slug}`).toBe(String(article.stale));
      }
    });
  });

  it('links a plain machine translation to its English source page', async () => {
    const plain = articles.filter((a) => a.translation === 'MT' && !a.sideBySide);
    expect(plain.length).toBeGreaterThan(0);
    await withContext({}, async (context) => {
      for (const article of plain) {
        const { page } = await openPage(context, url(`/${article.locale}/${article.slug}/`));
        const hrefs = await page.locator('.notice-mt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        await page.close();
        expect(hrefs, article.locale).toContain(`/en-us/${article.slug}/`);
      }
    });
  });

  it('dates an article in its own language, and an article without ms.date not at all', async () => {
    expect(sampled.filter((a) => a.dated).length).toBeGreaterThan(0);
    await withContext({}, async (context) => {
      for (const article of sampled.filter((a) => !a.dated)) {
        const { page } = await openPage(context, url(`/${article.locale}/${article.slug}/`));
        expect(await page.locator('article time').count(), `${article.locale}/${article.slug}`).toBe(0);
        await page.close();
      }
      for (const article of sampled.filter((a) => a.dated)) {
        const { page } = await openPage(context, url(`/${article.locale}/${article.slug}/`));
        const time = await page.locator('article time').first();
        const [iso, shown] = [await time.getAttribute('datetime'), await time.innerText()];
        await page.close();
        const tag = Intl.getCanonicalLocales(article.locale)[0]!;
        expect(shown).toBe(
          new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
        );
      }
    });
  });
});

describe('homes, the root and the 404 pages', () => {
  it("takes a reader from / to the home of their browser's language, by exact tag or by language", async () => {
    for (const [locale, home] of [
      ['sv-SE', '/sv-se/'],
      ['uk', '/uk-ua/'],
      ['ar-EG', '/ar-sa/'],
    ] as const) {
      await withContext({ locale }, async (context) => {
        const { page } = await openPage(context, url('/'));
        await page.waitForURL(`**${home}`);
        expect(new URL(page.url()).pathname, locale).toBe(home);
      });
    }
  });

  it('lists every language by its own name at /, and stays there for a reader who came from the site', async () => {
    await withContext({ locale: 'sv-SE' }, async (context) => {
      const { page } = await openPage(context, url(`/sv-se/${SLUG}/`));
      await page.locator('footer a[href="/"]').click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/');
      const names = await page
        .locator('.language-list a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.textContent]));
      for (const locale of new Set(articles.map((a) => a.locale))) {
        const tag = Intl.getCanonicalLocales(locale)[0]!;
        expect(names.map(([t]) => t)).toContain(tag);
      }
    });
  });

  it('has the search box, the error-code index and the article list on each home', async () => {
    await withContext({}, async (context) => {
      for (const locale of new Set(articles.map((a) => a.locale))) {
        const { page } = await openPage(context, url(`/${locale}/`));
        expect(await page.locator('.search-box[data-search-ui]').count(), locale).toBe(1);
        const listed = await page.locator('.article-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(listed.sort(), locale).toEqual(
          articles
            .filter((a) => a.locale === locale)
            .map((a) => `/${locale}/${a.slug}/`)
            .sort(),
        );
        const row = page
          .locator('table.codes tbody tr')
          .filter({ has: page.locator('th', { hasText: /^AADSTS50000$/ }) });
        expect(await row.innerText(), locale).toContain('TokenIssuanceError');
        // A locale without the article links the code to the English source, not to its fallback page.
        expect(await row.locator('a').getAttribute('href'), locale).toBe(
          hasSeed(locale) ? `/${locale}/${SLUG}/` : `/en-us/${SLUG}/`,
        );
        await page.close();
      }
    });
  });

  it("shows each code's article in view on a phone, left to right and right to left, and the index stays a table to screen readers", async () => {
    const width = 390;
    await withContext({ viewport: { width, height: 844 } }, async (context) => {
      for (const locale of ['en-us', 'ar-sa']) {
        const { page } = await openPage(context, url(`/${locale}/`));
        expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(width);
        const links = await page.locator('table.codes tbody tr a').evaluateAll((as) =>
          as.map((a) => {
            const box = a.getBoundingClientRect();
            return { text: a.textContent, left: box.left, right: box.right };
          }),
        );
        expect(links.length, locale).toBeGreaterThan(10);
        for (const link of links) {
          expect(link.left, `${locale} ${link.text}`).toBeGreaterThanOrEqual(0);
          expect(link.right, `${locale} ${link.text}`).toBeLessThanOrEqual(width);
        }
        // What Chromium tells a screen reader, not the markup: a table laid out as blocks can lose its roles.
        const cdp = await context.newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
          nodes: Array<{ role?: { value: string }; name?: { value: string } }>;
        };
        const named = (role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value);
        expect(named('rowheader'), locale).toContain('AADSTS50000');
        expect(named('columnheader').length, locale).toBe(3);
        await page.close();
      }
    });
  });

  it("opens search results as wide as the header's content, on a phone and a desktop, left to right and right to left", async () => {
    // At 414 px zh-TW's short site name could share a line with the box; at 1280 px every box does, with the switcher.
    for (const viewport of [
      { width: 414, height: 896 },
      { width: 1280, height: 800 },
    ]) {
      await withContext({ viewport }, async (context) => {
        for (const locale of ['zh-tw', 'ar-sa']) {
          const { page } = await openPage(context, url(`/${locale}/`));
          await page.locator('#search-input').pressSequentially('AADSTS50000');
          await page.locator('.pagefind-ui__result-link').first().waitFor();
          const [results, header] = await page.evaluate(() => {
            const box = document.querySelector('.header-search .pagefind-ui__drawer')!.getBoundingClientRect();
            const bar = document.querySelector('header')!;
            const outer = bar.getBoundingClientRect();
            const style = getComputedStyle(bar);
            return [
              { left: box.left, right: box.right },
              { left: outer.left + parseFloat(style.paddingLeft), right: outer.right - parseFloat(style.paddingRight) },
            ];
          });
          const where = `${locale} at ${viewport.width} px`;
          expect(Math.abs(results.left - header.left), where).toBeLessThan(2);
          expect(Math.abs(results.right - header.right), where).toBeLessThan(2);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(
            viewport.width,
          );
          await page.close();
        }
      });
    }
  });

  it('answers a missing page with the 404 page of its locale', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const response = await page.goto(url('/sv-se/no-such-article/'));
      expect(response?.status()).toBe(404);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv-SE');
      expect(await page.locator('h1').innerText()).toBe(uiStrings('sv-se')['notFound.title']);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    });
  });
});

describe('the status page', { timeout: 300_000 }, () => {
  it("shows an accessible coverage chart with its numbers in text, and each locale's page the state of its articles", async () => {
    await withContext({}, async (context) => {
      const { page } = await openPage(context, url('/status/'));
      const chart = await page.evaluate(() => {
        const svg = document.querySelector('svg.chart')!;
        const labelled = document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent;
        const described = document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent;
        return { role: svg.getAttribute('role'), labelled, described, bars: svg.querySelectorAll('g').length };
      });
      const locales = [...new Set(articles.map((a) => a.locale))];
      expect(chart.role).toBe('img');
      expect(chart.labelled).toBeTruthy();
      expect(chart.bars).toBe(locales.length);
      for (const locale of locales) expect(chart.described).toContain(Intl.getCanonicalLocales(locale)[0]);
      // Each locale's own status page lists every article of the locale under its state.
      for (const locale of locales) {
        await page.locator(`table.totals a[href="/status/${locale}/"]`).click();
        await page.waitForURL(url(`/status/${locale}/`));
        for (const article of articles.filter((a) => a.locale === locale)) {
          const cell = await page
            .locator('section', { has: page.locator(`a[href="/${article.locale}/${article.slug}/"]`) })
            .locator('h2')
            .getAttribute('id');
          const expected =
            article.translation === 'source'
              ? 'state-source'
              : article.stale
                ? 'state-stale'
                : `state-${article.translation}`;
          expect(cell, `${article.locale}/${article.slug}`).toBe(expected);
        }
        await page.goto(url('/status/'));
      }
    });
  });

  it("keeps the chart's language names legible on a phone, an Arabic name running right to left", async () => {
    await withContext({ viewport: { width: 390, height: 844 } }, async (context) => {
      const { page } = await openPage(context, url('/status/'));
      const labels = await page.locator('svg.chart text[lang]').evaluateAll((texts) =>
        texts.map((text) => ({
          lang: text.getAttribute('lang'),
          height: text.getBoundingClientRect().height,
          direction: getComputedStyle(text).direction,
        })),
      );
      expect(labels.length).toBeGreaterThan(5);
      // Scaled to the phone's width: names set beside the bars came out ~8px tall.
      for (const label of labels) expect(label.height, label.lang!).toBeGreaterThanOrEqual(10);
      expect(labels.find((label) => label.lang === 'ar-SA')?.direction).toBe('rtl');
      expect(labels.find((label) => label.lang === 'fr-FR')?.direction).toBe('ltr');
    });
  });
});
