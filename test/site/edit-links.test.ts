/**
 * Edit links: with the repository configured (ERRATA_REPOSITORY, as a CI sets it), every article
 * page links "Edit this page" to its file, and a machine translation offers "Report a translation
 * problem", a new issue naming the file, the locale, the page — and, in Chromium, the sentence
 * the reader selected. Without a repository there are no such links.
 */
import { rmSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/pipeline/build-site.ts';
import { FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';
import { axeViolations, openPage } from './helpers/browser-page.ts';
import { launchChromium, type RunningBrowser } from './helpers/chromium.ts';
import { readPage } from './helpers/site-files.ts';
import { serveDirectory, type StaticServer } from './helpers/static-server.ts';

const SITE = 'https://errata.example';
let content: string;
let linked: string;
let plain: string;
let server: StaticServer;
let chromium: RunningBrowser;
let context: BrowserContext;

beforeAll(async () => {
  content = makeContent({
    'en-us/reset-mfa.md': '---\ntitle: Reset MFA\nms.date: 03/19/2021\n---\n# Reset MFA\n\nSign in again.\n',
    'en-us/with space.md': '---\ntitle: Spaced\nms.date: 03/19/2021\n---\n# Spaced\n\nText.\n',
    'sv-se/reset-mfa.md': `${FRONT_MATTER('sv-SE')}# Återställ MFA\n\nLogga in igen och välj Nästa.\n`,
    'zh-tw/reset-mfa.md': `${FRONT_MATTER('zh-TW').replace('ms.translationtype: MT', 'ms.translationtype: HT')}# 重設 MFA\n\n再次登入。\n`,
  });
  linked = tempDir('errata-edit-links-');
  plain = tempDir('errata-no-edit-links-');
  process.env.ERRATA_REPOSITORY = 'git+https://github.com/contoso/support-docs.git';
  try {
    expect((await buildSite({ contentDir: content, outDir: linked, keepGoing: true, site: SITE })).published).toBe(
      true,
    );
  } finally {
    delete process.env.ERRATA_REPOSITORY;
  }
  expect((await buildSite({ contentDir: content, outDir: plain, keepGoing: true, site: SITE })).published).toBe(true);
  server = await serveDirectory(linked);
  chromium = await launchChromium();
  context = await chromium.browser.newContext();
}, 240_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  for (const dir of [content, linked, plain]) rmSync(dir, { recursive: true, force: true });
});

const links = (html: string) => /<nav class="article-links"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
const hrefs = (html: string) => [...links(html).matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('edit links', () => {
  it('link every article page to its file in the repository', () => {
    expect(hrefs(readPage(linked, '/en-us/reset-mfa/'))).toEqual([
      'https://github.com/contoso/support-docs/edit/main/content/en-us/reset-mfa.md',
    ]);
    expect(hrefs(readPage(linked, '/en-us/with space/'))).toEqual([
      'https://github.com/contoso/support-docs/edit/main/content/en-us/with%20space.md',
    ]);
    // A human translation has nothing to report as machine-translated.
    expect(hrefs(readPage(linked, '/zh-tw/reset-mfa/'))).toEqual([
      'https://github.com/contoso/support-docs/edit/main/content/zh-tw/reset-mfa.md',
    ]);
    expect(links(readPage(linked, '/zh-tw/reset-mfa/'))).toContain('編輯此頁面');
  });

  it('offer a prefilled issue on machine translations, naming the file, the locale and the page', () => {
    const [edit, report] = hrefs(readPage(linked, '/sv-se/reset-mfa/'));
    expect(edit).toBe('https://github.com/contoso/support-docs/edit/main/content/sv-se/reset-mfa.md');
    const issue = new URL(report!);
    expect(issue.origin + issue.pathname).toBe('https://github.com/contoso/support-docs/issues/new');
    expect(issue.searchParams.get('title')).toBe('Translation problem (sv-SE): sv-se/reset-mfa.md');
    expect(issue.searchParams.get('body')).toBe(
      'Locale: sv-SE\nFile: content/sv-se/reset-mfa.md\nPage: https://errata.example/sv-se/reset-mfa/',
    );
    expect(links(readPage(linked, '/sv-se/reset-mfa/'))).toContain('Rapportera ett översättningsproblem');
  });

  it('are absent when no repository is configured', () => {
    for (const page of ['/en-us/reset-mfa/', '/sv-se/reset-mfa/'])
      expect(readPage(plain, page)).not.toContain('article-links');
  });

  it('quote the sentence the reader selected in the new issue, in Chromium', async () => {
    const { page, errors } = await openPage(context, `${server.origin}/sv-se/reset-mfa/`);
    let opened = '';
    await context.route('https://github.com/**', (route) => {
      opened = route.request().url();
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>issue</title>' });
    });
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.prose p')].find((p) =>
        p.textContent!.includes('Logga in igen'),
      )!;
      document.getSelection()!.selectAllChildren(paragraph);
    });
    await page.getByRole('link', { name: 'Rapportera ett översättningsproblem' }).click();
    await expect.poll(() => opened).not.toBe('');
    const body = new URL(opened).searchParams.get('body')!;
    expect(body).toContain('File: content/sv-se/reset-mfa.md');
    expect(body).toContain('> Logga in igen och välj Nästa.');
    expect(errors).toEqual([]);
  });

  it('keep the page free of accessibility violations', async () => {
    const { page } = await openPage(context, `${server.origin}/sv-se/reset-mfa/`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
