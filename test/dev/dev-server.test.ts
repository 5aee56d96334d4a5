/**
 * `errata dev` as a writer uses it: started on a small content folder, an article opened in
 * Chromium, its file edited, broken and fixed, articles added and deleted — and what reaches
 * a request that tries to leave the served folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledRegistry, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { launchChromium, type RunningBrowser } from '../site/helpers/chromium.ts';
import { waitFor } from './helpers/wait-for.ts';
import { PNG } from '../helpers/media.ts';
import { open } from './helpers/open-page.ts';

const article = (title: string, text: string) => `---
title: ${title}
ms.date: 03/19/2021
---
# ${title}

${text}

## Steps

Do this, then that.
`;

/** Front matter YAML cannot read: the article cannot be published (front-matter-yaml). */
const BROKEN = `---
title: [Alpha article
ms.date: 03/19/2021
---
# Alpha article

Broken version.
`;

let contentDir: string;
let outside: string;
let uiStrings: string;
let dev: ChildProcess;
let output = '';
const until = waitFor(() => output);
let url: string;
let chromium: RunningBrowser;
let page: Page;

beforeAll(async () => {
  contentDir = makeContent({
    ...bundledRegistry(),
    'en-us/alpha.md': article('Alpha article', 'First version of the alpha text.'),
    'en-us/beta.md': article('Beta article', 'The beta text; it mentions AADSTS99999.'),
  });
  // UI strings of the test's own, to change one.
  uiStrings = tempDir('errata-ui-strings-');
  cpSync(join(REPO, 'locales'), uiStrings, { recursive: true });
  outside = tempDir('errata-outside-');
  writeFileSync(join(outside, 'secret.png'), 'not for the site');
  writeFileSync(join(outside, 'secret.md'), article('Secret', 'Outside the content folder.'));
  mkdirSync(join(contentDir, 'en-us', 'media'));
  symlinkSync(join(outside, 'secret.png'), join(contentDir, 'en-us', 'media', 'leak.png'));
  writeFileSync(join(contentDir, 'en-us', 'media', 'dot.png'), PNG);
  writeFileSync(join(contentDir, 'en-us', 'media', 'page.png'), '<!doctype html><script>alert(1)</script>');
  symlinkSync(join(outside, 'secret.md'), join(contentDir, 'en-us', 'leak.md'));
  mkdirSync(join(outside, 'folder'));
  symlinkSync(join(outside, 'folder'), join(contentDir, 'en-us', 'linked'));
  dev = spawn(
    process.execPath,
    [join(REPO, 'bin/errata.js'), 'dev', '--content', contentDir, '--port', '0', '--out', join(outside, 'no-build')],
    {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1', ERRATA_LOCALES_DIR: uiStrings, ERRATA_REPOSITORY: 'contoso/support-docs' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  dev.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  url = await until(() => /^(http:\/\/localhost:\d+\/)$/m.exec(output)?.[1], 30_000, 'the URL printed');
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
}, 90_000);

afterAll(async () => {
  await chromium?.close();
  if (dev && dev.exitCode === null) {
    dev.kill('SIGTERM');
    await new Promise((done) => dev.once('exit', done));
  }
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
  rmSync(uiStrings, { recursive: true, force: true });
});

describe('errata dev', () => {
  it('prints one URL on localhost and serves 127.0.0.1 only', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
  });

  it('shows a saved article, its problems in an overlay, and no overlay once they are fixed', async () => {
    await open(page, `${url}en-us/alpha/`);
    await expect.poll(() => text(page, 'main h1'), { timeout: 30_000 }).toBe('Alpha article');
    // Waited for, not read once: the dev server's live reload may be replacing the page just now.
    await until(
      async () => (await text(page, 'main'))?.includes('First version of the alpha text.'),
      15_000,
      'the text',
    );
    expect(await page.locator('#errata-dev-overlay').count()).toBe(0);

    // Every save reaches the open page, without a reload by hand. How fast is the bench's
    // matter (npm run bench:dev: save → new text visible, aim ≤ 500 ms), not a test's.
    for (let edit = 1; edit <= 5; edit++) {
      writeFileSync(
        join(contentDir, 'en-us/alpha.md'),
        article('Alpha article', `Edited version ${edit} of the alpha text.`),
      );
      await until(
        async () => (await text(page, 'main'))?.includes(`Edited version ${edit} `),
        15_000,
        `edit ${edit} on the page`,
      );
    }

    // A broken front matter: the overlay names the file, line and column, the problem and its hint.
    writeFileSync(join(contentDir, 'en-us/alpha.md'), BROKEN);
    await until(async () => (await page.locator('#errata-dev-overlay').count()) > 0, 15_000, 'the overlay');
    const overlay = page.locator('#errata-dev-overlay');
    expect(await overlay.getAttribute('role')).toBe('alert');
    expect(await overlay.getAttribute('aria-labelledby')).toBe('errata-dev-overlay-title');
    const problems = await overlay.innerText();
    expect(problems).toMatch(/en-us\/alpha\.md:\d+:\d+/);
    expect(problems).toContain('front-matter-yaml');
    expect(problems).toContain('Quote values');
    // The last good version stays readable under it.
    await until(async () => (await text(page, 'main'))?.includes('Edited version 5'), 15_000, 'the last good text');
    // Dismissible: the close button takes focus, Escape hides the overlay.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('errata-dev-close');
    await page.keyboard.press('Escape');
    expect(await overlay.isVisible()).toBe(false);

    writeFileSync(join(contentDir, 'en-us/alpha.md'), article('Alpha article', 'Fixed version of the alpha text.'));
    await until(async () => (await text(page, 'main'))?.includes('Fixed version'), 15_000, 'the fixed article');
    expect(await page.locator('#errata-dev-overlay').count()).toBe(0);
    expect(output).toMatch(/en-us\/alpha\.md\n\s+\d+:\d+\s+error\s+The front matter is not valid YAML/);
  }, 120_000);

  it('links the article to its file in the repository, as a build does', async () => {
    const { body } = await get('/en-us/beta/');
    expect(body).toContain('href="https://github.com/contoso/support-docs/edit/main/content/en-us/beta.md"');
  });

  it('serves the root pages: the language choice and the translation status', async () => {
    await until(async () => (await get('/')).status === 200, 60_000, 'the language choice');
    expect((await get('/')).body).toContain('Choose your language');
    const status = await get('/status/');
    expect(status.status).toBe(200);
    expect(status.body).toContain('Translation status');
  }, 90_000);

  it("keeps the site's security policy: the dev script runs from a file", async () => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await open(page, `${url}en-us/beta/`);
    const html = await page.content();
    expect(html).toContain('<script type="module" src="/__errata/dev.js">');
    expect(html).toContain("script-src 'self'");
    expect(await text(page, '#errata-dev-note')).toMatch(/search is off/);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  }, 60_000);

  it('serves an added article, lists it on the locale home, and 404s it once deleted', async () => {
    await open(page, `${url}en-us/`);
    writeFileSync(join(contentDir, 'en-us/gamma.md'), article('Gamma article', 'A new article.'));
    // The open home reloads with its list laid out again (an Astro run: seconds, not milliseconds).
    await until(
      async () => (await text(page, 'main'))?.includes('Gamma article'),
      60_000,
      'the new article on the home',
    );
    const response = await open(page, `${url}en-us/gamma/`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => text(page, 'main h1'), { timeout: 30_000 }).toBe('Gamma article');

    unlinkSync(join(contentDir, 'en-us/gamma.md'));
    await until(async () => (await get(`/en-us/gamma/`)).status === 404, 15_000, 'a 404 for the deleted article');
    const gone = await open(page, `${url}en-us/gamma/`);
    expect(gone?.status()).toBe(404);
  }, 120_000);

  it('follows a renamed article: the new name is served, the old one 404s', async () => {
    expect((await get('/en-us/beta/')).status).toBe(200);
    renameSync(join(contentDir, 'en-us/beta.md'), join(contentDir, 'en-us/delta.md'));
    await until(async () => (await get('/en-us/beta/')).status === 404, 15_000, 'a 404 for the old name');
    const renamed = await get('/en-us/delta/');
    expect(renamed.status).toBe(200);
    expect(renamed.body).toContain('Beta article');
    renameSync(join(contentDir, 'en-us/delta.md'), join(contentDir, 'en-us/beta.md'));
    await until(
      async () => (await get('/en-us/beta/')).status === 200,
      15_000,
      'the article under its first name again',
    );
  }, 60_000);

  it('picks up the registry: a code registered while the page is open clears its warning', async () => {
    await open(page, `${url}en-us/beta/`);
    // The text the wait read, not a second read: a live reload may be replacing the page by then.
    const overlay = await until(
      async () => (await text(page, '#errata-dev-overlay')) ?? '',
      15_000,
      'the unregistered code in the overlay',
    );
    expect(overlay).toContain('error-code-unregistered');
    const registry = join(contentDir, 'error-codes/aadsts.yml');
    writeFileSync(
      registry,
      readFileSync(registry, 'utf8').replace('codes:\n', "codes:\n  - code: 'AADSTS99999'\n    name: TestOnlyCode\n"),
    );
    await until(
      async () =>
        (await text(page, 'main'))?.includes('The beta text') &&
        (await page.locator('#errata-dev-overlay').count()) === 0,
      15_000,
      'the page without the warning',
    );
  }, 60_000);

  it('picks up the UI strings: a new site name shows in the open page', async () => {
    await open(page, `${url}en-us/alpha/`);
    await until(async () => (await text(page, '.brand'))?.includes('Troubleshooting'), 15_000, 'the site name');
    const file = join(uiStrings, 'en-us.json');
    const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    writeFileSync(file, JSON.stringify({ ...strings, 'site.name': 'Renamed library' }, null, 2));
    // New UI strings are a new template: the page's frame is laid out again (Astro, seconds).
    await until(async () => (await text(page, '.brand')) === 'Renamed library', 60_000, 'the new site name');
    expect(await page.title()).toBe('Alpha article · Renamed library');
  }, 90_000);

  it('takes the next free port when the one asked for is taken, and says so', async () => {
    const taken = new URL(url).port;
    const second = spawn(
      process.execPath,
      [join(REPO, 'bin/errata.js'), 'dev', '--content', contentDir, '--port', taken],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let said = '';
    second.stdout!.setEncoding('utf8').on('data', (chunk: string) => (said += chunk));
    try {
      const other = await until(() => /^http:\/\/localhost:(\d+)\/$/m.exec(said)?.[1], 30_000, 'the second URL');
      expect(Number(other)).toBeGreaterThan(Number(taken));
      expect(said).toContain(`port ${taken} is taken; using ${other}`);
    } finally {
      second.kill('SIGTERM');
      await new Promise((done) => second.once('exit', done));
    }
  }, 60_000);

  it('serves nothing outside its folders: no /../, no symbolic link out, GET and HEAD only', async () => {
    for (const path of [
      '/../../../etc/passwd',
      '/en-us/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/en-us/media/..%5c..%5csecret.png',
    ]) {
      const { status, body } = await get(path);
      expect([403, 404], path).toContain(status);
      expect(body).not.toContain('root:');
    }
    // Media as a build publishes them: by their bytes, not only their names.
    expect((await get('/en-us/media/dot.png')).status).toBe(200);
    const disguised = await get('/en-us/media/page.png');
    expect(disguised.status).toBe(404);
    expect(disguised.body).not.toContain('<script>alert');
    const leak = await get('/en-us/media/leak.png');
    expect(leak.status).toBe(404);
    expect(leak.body).not.toContain('not for the site');
    const leakedArticle = await get('/en-us/leak/');
    expect(leakedArticle.status).toBe(404);
    expect(leakedArticle.body).not.toContain('Outside the content folder');
    // The watcher does not follow a link out: a file written there reaches no tab.
    const heard = events();
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(join(outside, 'folder', 'outside.md'), article('Outside', 'Written outside.'));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    writeFileSync(join(contentDir, 'en-us/alpha.md'), article('Alpha article', 'Written inside.'));
    await until(() => heard.text.includes('/en-us/alpha/'), 15_000, 'the event of a file inside');
    heard.close();
    expect(heard.text).not.toContain('outside');
    // One event for the file inside. Besides it only en-us's homes, when their background layout
    // (after this or an earlier test's change) ends in this window and says so (dev-site.ts `refreshed`).
    const told = [...heard.text.matchAll(/^event: change\ndata: (.*)$/gm)].map((m) => m[1]);
    const homes = '{"paths":["/en-us/","/","/status/","/status/en-us/"],"all":false,"lists":["en-us"]}';
    expect(
      told.filter((data) => data !== homes),
      heard.text,
    ).toEqual(['{"paths":["/en-us/alpha/"],"all":false}']);
    expect((await get('/en-us/alpha/', 'POST')).status).toBe(405);
    expect((await get('/en-us/alpha/', 'HEAD')).status).toBe(200);
  }, 60_000);
});

async function text(page: Page, selector: string): Promise<string | undefined> {
  try {
    return (await page.locator(selector).first().textContent({ timeout: 200 })) ?? undefined;
  } catch {
    // Between a reload and the new page.
    return undefined;
  }
}

/** The server's change events, as a tab hears them. */
function events(): { text: string; close(): void } {
  const { port } = new URL(url);
  const heard = { text: '', close: () => req.destroy() };
  const req = request({ host: '127.0.0.1', port, path: '/__errata/events?path=/&since=1000000' }, (response) => {
    response.setEncoding('utf8').on('data', (chunk: string) => (heard.text += chunk));
  });
  req.on('error', () => undefined);
  req.end();
  return heard;
}

/** A raw request, its path sent as it is (fetch would resolve `..` first). */
function get(path: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (response) => {
      let body = '';
      response
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: response.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
