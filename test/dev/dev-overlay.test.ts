/**
 * The problem overlay of `errata dev` as a writer meets it: an article open in Chromium, its
 * file saved broken in the three ways writers break one — front matter never closed (the
 * article cannot be published at all), a translation that lost an error code its source has,
 * an unknown front-matter key — and then saved fixed. The open tab must show the overlay
 * (rule and line) within 10 s with no reload by hand, and lose it again with the fix, the
 * new text on the page. Saved in place and by rename (an editor's write-temp-then-rename),
 * and while the page's frame is still being laid out (an Astro run, seconds): a save then
 * must win over the version the run was for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bundledRegistry, FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { launchChromium, type RunningBrowser } from '../site/helpers/chromium.ts';
import { waitFor } from './helpers/wait-for.ts';
import { open } from './helpers/open-page.ts';

/** What a writer waits for at most: the overlay (or its going) in the open tab. */
const SEEN_WITHIN = 10_000;

const source = (text: string, extra = '') => `---
title: Alpha article
ms.date: 03/19/2021
${extra}---
# Alpha article

${text}

## Steps

Sign-in fails with AADSTS50011 (InvalidReplyTo): check the reply URL.
`;

const translation = (steps: string) => `${FRONT_MATTER('de-de')}# Alpha-Artikel

Der deutsche Text.

## Schritte

${steps}
`;
const GOOD_STEPS = 'Die Anmeldung schlägt mit AADSTS50011 (InvalidReplyTo) fehl: prüfen Sie die Antwort-URL.';

const FRAMES = join(REPO, '.errata-cache/frames');

let contentDir: string;
let outside: string;
let dev: ChildProcess | undefined;
let output = '';
/** The tab's loads, for a failure's message: which reloads dev asked for, and when. */
const loads: string[] = [];
const until = waitFor(() => `${output}\nThe tab's loads:\n${loads.join('\n')}`);
let url: string;
let chromium: RunningBrowser;
let page: Page;

/** `errata dev` on a fresh copy of the fixture; `site`: another site URL is another template hash, with no page frames yet. */
async function startDev(site?: string): Promise<void> {
  await stopDev();
  output = '';
  contentDir = makeContent({
    ...bundledRegistry(),
    'en-us/alpha.md': source('First version of the alpha text.'),
    'de-de/alpha.md': translation(GOOD_STEPS),
  });
  dev = spawn(
    process.execPath,
    [
      join(REPO, 'bin/errata.js'),
      'dev',
      '--content',
      contentDir,
      '--port',
      '0',
      '--out',
      join(outside, 'no-build'),
      ...(site ? ['--site', site] : []),
    ],
    {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  dev.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  url = await until(() => /^(http:\/\/localhost:\d+\/)$/m.exec(output)?.[1], 30_000, 'the URL printed');
}

async function stopDev(): Promise<void> {
  const running = dev;
  dev = undefined;
  if (running && running.exitCode === null) {
    running.kill('SIGTERM');
    await new Promise((done) => running.once('exit', done));
  }
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
}

beforeAll(async () => {
  outside = tempDir('errata-overlay-');
  chromium = await launchChromium();
  page = await chromium.browser.newPage();
  const started = performance.now();
  page.on('load', () => loads.push(`${Math.round(performance.now() - started)} ms ${page.url()}`));
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await stopDev();
  rmSync(outside, { recursive: true, force: true });
});

/** Saves as an editor does: in place, or to a temporary file renamed over the article. */
function save(file: string, text: string, how: 'in place' | 'by rename'): void {
  const path = join(contentDir, file);
  if (how === 'in place') return writeFileSync(path, text);
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/**
 * Opens the article and waits for its text, breaks it, waits for the overlay, fixes it,
 * waits for the overlay to go and the new text to show. The tab is never reloaded by hand:
 * a marker set on the page says whether the reloads came from dev.
 */
async function breakAndFix(options: {
  file: string;
  path: string;
  opened: string;
  broken: string;
  rule: string;
  where: RegExp;
  fixed: string;
  fixedText: string;
  how: 'in place' | 'by rename';
}) {
  await open(page, `${url}${options.path}`);
  await until(
    async () => (await text(page, 'main'))?.includes(options.opened),
    60_000,
    'the article opened (its frame may need an Astro run)',
  );
  expect(await page.locator('#errata-dev-overlay').count()).toBe(0);

  save(options.file, options.broken, options.how);
  const shown = await until(
    async () => {
      const overlay = await text(page, '#errata-dev-overlay');
      return overlay?.includes(options.rule) ? overlay : undefined;
    },
    SEEN_WITHIN,
    `the overlay with ${options.rule}`,
  );
  expect(shown).toMatch(options.where);
  expect(page.url()).toBe(`${url}${options.path}`);

  save(options.file, options.fixed, options.how);
  await until(
    async () =>
      (await text(page, 'main'))?.includes(options.fixedText) &&
      (await page.locator('#errata-dev-overlay').count()) === 0,
    SEEN_WITHIN,
    'the fixed article without the overlay',
  );
}

describe('errata dev: the overlay of a saved article', () => {
  beforeAll(() => startDev(), 60_000);

  for (const how of ['in place', 'by rename'] as const) {
    it(`front matter never closed (saved ${how}): the article cannot be published, the tab says why`, async () => {
      const unclosed = source('Broken text.').replace(/^---\n# Alpha/m, '# Alpha');
      expect(unclosed.match(/^---$/gm)).toHaveLength(1);
      await breakAndFix({
        file: 'en-us/alpha.md',
        path: 'en-us/alpha/',
        opened: 'alpha text',
        how,
        broken: unclosed,
        rule: 'front-matter-unclosed',
        where: /en-us\/alpha\.md:1:1/,
        fixed: source(`Fixed ${how}: the alpha text.`),
        fixedText: `Fixed ${how}`,
      });
    }, 60_000);

    it(`a translation that lost an error code (saved ${how})`, async () => {
      await breakAndFix({
        file: 'de-de/alpha.md',
        path: 'de-de/alpha/',
        opened: 'AADSTS50011',
        how,
        broken: translation('Die Anmeldung schlägt fehl: prüfen Sie die Antwort-URL.'),
        rule: 'invariant-lost-in-translation',
        where: /de-de\/alpha\.md:\d+:\d+/,
        fixed: translation(`${GOOD_STEPS} Wieder da (${how}).`),
        fixedText: `Wieder da (${how})`,
      });
    }, 60_000);

    it(`an unknown front-matter key (saved ${how})`, async () => {
      await breakAndFix({
        file: 'en-us/alpha.md',
        path: 'en-us/alpha/',
        opened: 'alpha text',
        how,
        broken: source('Text with a typo in its front matter.', 'ms.reviwer: someone\n'),
        rule: 'front-matter-unknown-key',
        where: /en-us\/alpha\.md:4:1/,
        fixed: source(`Key fixed ${how}: the alpha text.`),
        fixedText: `Key fixed ${how}`,
      });
    }, 60_000);
  }
});

describe("errata dev: a save while the page's frame is laid out", () => {
  // A site URL of its own: a template hash no build or dev run has frames for, so the article's
  // first request, and a save that changes its shape, wait for an Astro run.
  const site = `https://overlay-race-${process.pid}-${Date.now()}.example`;
  const framesBefore = new Set<string>();
  beforeAll(async () => {
    for (const name of readdirSync(FRAMES, { withFileTypes: true })) framesBefore.add(name.name);
    await startDev(site);
  }, 60_000);
  afterAll(async () => {
    await stopDev();
    // The frames of that site are of no use to anyone.
    for (const name of readdirSync(FRAMES)) {
      if (framesBefore.has(name)) continue;
      const folder = join(FRAMES, name);
      if (readdirSync(folder).some((f) => readFileSync(join(folder, f), 'utf8').includes(site)))
        rmSync(folder, { recursive: true, force: true });
    }
  });

  it('front matter broken while the article is first laid out: the tab shows why, not a 500 or the old version', async () => {
    const going = open(page, `${url}en-us/alpha/`);
    await until(() => /Laying out a page frame for en-us/.test(output), 30_000, "the frame's layout run");
    save('en-us/alpha.md', source('Broken text.').replace(/^---\n# Alpha/m, '# Alpha'), 'in place');
    const saved = performance.now();
    expect((await going)?.status()).toBe(200);
    const shown = await until(
      async () => {
        const overlay = await text(page, '#errata-dev-overlay');
        return overlay?.includes('front-matter-unclosed') ? overlay : undefined;
      },
      SEEN_WITHIN,
      'the overlay with front-matter-unclosed',
    );
    expect(performance.now() - saved).toBeLessThan(SEEN_WITHIN);
    expect(shown).toMatch(/en-us\/alpha\.md:1:1/);
    // Never published: the page says so, under the overlay.
    expect(await shownText('main')).toContain('cannot be published');
    // The run for the first version ends: the tab still shows the broken one.
    await until(() => /Laid out the frame/.test(output), 60_000, 'the end of the layout run');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await shownText('#errata-dev-overlay')).toContain('front-matter-unclosed');

    save('en-us/alpha.md', source('Fixed after the race: the alpha text.'), 'in place');
    await until(
      async () =>
        (await text(page, 'main'))?.includes('Fixed after the race') &&
        (await page.locator('#errata-dev-overlay').count()) === 0,
      SEEN_WITHIN,
      'the fixed article without the overlay',
    );
    expect(output).not.toMatch(/could not make this page|made no page frame/);
  }, 120_000);

  it('a save of a new shape, then a broken save before its frame is made: the broken one stays', async () => {
    save('en-us/alpha.md', source('Before the second race: the alpha text.'), 'in place');
    await open(page, `${url}en-us/alpha/`);
    await until(async () => (await text(page, 'main'))?.includes('Before the second race'), 60_000, 'the article');
    const runs = (output.match(/Laying out a page frame/g) ?? []).length;
    // A third heading is a new shape (a table of contents): its frame takes an Astro run.
    save('en-us/alpha.md', `${source('A new shape.')}\n## More steps\n\nAnd more.\n`, 'in place');
    await until(
      () => (output.match(/Laying out a page frame/g) ?? []).length > runs,
      30_000,
      "the new shape's layout run",
    );
    save('en-us/alpha.md', source('Typo version.', 'ms.reviwer: someone\n'), 'in place');
    const shown = await until(
      async () => {
        const overlay = await text(page, '#errata-dev-overlay');
        return overlay?.includes('front-matter-unknown-key') ? overlay : undefined;
      },
      SEEN_WITHIN,
      'the overlay with front-matter-unknown-key',
    );
    expect(shown).toMatch(/en-us\/alpha\.md:4:1/);
    // The run for the version before ends: neither it nor its page replaces the last save.
    await until(() => (output.match(/Laid out the frame/g) ?? []).length > runs, 60_000, 'the end of the layout run');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await shownText('#errata-dev-overlay')).toContain('front-matter-unknown-key');
    expect(await shownText('main')).toContain('Typo version');
    expect(await shownText('main')).not.toContain('A new shape');
    expect(output).not.toMatch(/could not make this page|made no page frame/);
  }, 120_000);
});

/** The element's text once the page shows it (a read can fall between a reload and the new page, or take long while Astro runs). */
function shownText(selector: string): Promise<string> {
  return until(() => text(page, selector, 1000), 5_000, `${selector} on the page (at ${page.url()})`);
}

async function text(page: Page, selector: string, timeout = 200): Promise<string | undefined> {
  try {
    return (await page.locator(selector).first().textContent({ timeout })) ?? undefined;
  } catch {
    return undefined;
  }
}
