/**
 * npm run bench:dev — `errata dev` on the 30-locale side-by-side corpus (~87,000 files):
 * time to the URL printed (start-up; the aim is ≤ 5 s), to the first article page served
 * (with its frame laid out when no build or dev run of the same templates left one), to
 * another locale's article, to a locale's home (one layout run: that locale checked, its
 * pages listed, Astro), and from a save to the new text served and to it visible in the
 * page open in Chromium (dev's reload; the aim is ≤ 500 ms); and the memory of the server's
 * process tree.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { corpusArchives, corpusContent } from '../test/helpers/corpus.ts';
import { launchChromium } from '../test/site/helpers/chromium.ts';
import { treeRss } from './process-tree.ts';

const ROOT = new URL('../', import.meta.url).pathname;
// Every locale of the side-by-side corpus (bench/build.ts's content folder has the same).
const content = await corpusContent('live-sxs');
const locales = corpusArchives('live-sxs').length;
const slug = 'troubleshoot-aadsts50000-error-code';
const edited = join(content, 'zh-tw', `${slug}.md`);
const original = readFileSync(edited, 'utf8');

const started = performance.now();
const dev = spawn(
  process.execPath,
  [
    join(ROOT, 'bin/errata.js'),
    'dev',
    '--content',
    content,
    '--port',
    '0',
    '--out',
    join(ROOT, '.errata-cache', 'no-build'),
  ],
  {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
dev.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
dev.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Five timings and their median. */
const fiveTimes = (times: number[]) =>
  `${times.map((ms) => Math.round(ms)).join(', ')} ms (median ${Math.round([...times].sort((a, b) => a - b)[2]!)} ms)`;
try {
  const url = await until(() => /^(http:\/\/localhost:\d+\/)$/m.exec(output)?.[1], 60_000, 'the URL');
  const startup = performance.now() - started;
  console.log(`${locales} locales, ${content}`);
  console.log(`start-up (URL printed): ${seconds(startup)}`);

  const timed = async (path: string) => {
    const before = output.length;
    const t0 = performance.now();
    const response = await fetch(new URL(path, url));
    const body = await response.text();
    const ms = performance.now() - t0;
    const laidOut = output.slice(before).match(/Laying out[^\n]*/g) ?? [];
    return { ms, status: response.status, body, note: laidOut.length ? ` (${laidOut.join('; ')})` : '' };
  };
  const first = await timed(`/zh-tw/${slug}/`);
  console.log(
    `first article page (zh-tw): ${seconds(first.ms)}, HTTP ${first.status}${first.note}; ${seconds(performance.now() - started)} after the start`,
  );
  const again = await timed(`/zh-tw/${slug}/`);
  console.log(`same page again (from memory): ${Math.round(again.ms)} ms`);
  const other = await timed(`/ar-sa/${slug}/`);
  console.log(`another locale's article (ar-sa): ${seconds(other.ms)}, HTTP ${other.status}${other.note}`);

  // A save: the article checked and rendered again, then served with the new text.
  const saves: number[] = [];
  for (let run = 1; run <= 5; run++) {
    const marker = `Bench edit ${run} ${Date.now()}`;
    const t0 = performance.now();
    appendFileSync(edited, `\n${marker}.\n`);
    await until(
      async () => (await (await fetch(new URL(`/zh-tw/${slug}/`, url))).text()).includes(marker),
      30_000,
      `edit ${run}`,
    );
    saves.push(performance.now() - t0);
  }
  console.log(`save → new text served: ${fiveTimes(saves)}`);

  // A save as the writer sees it: the article open in Chromium, the new text on the page.
  const chromium = await launchChromium();
  try {
    const page = await chromium.browser.newPage();
    await page.goto(new URL(`/zh-tw/${slug}/`, url).href);
    const seen: number[] = [];
    for (let run = 1; run <= 5; run++) {
      const marker = `Bench view ${run} ${Date.now()}`;
      const t0 = performance.now();
      appendFileSync(edited, `\n${marker}.\n`);
      await until(async () => (await mainText(page))?.includes(marker), 30_000, `edit ${run} on the page`);
      seen.push(performance.now() - t0);
    }
    console.log(`save → new text visible in the open page: ${fiveTimes(seen)}; the aim is ≤ 500 ms`);
  } finally {
    await chromium.close();
  }

  const home = await timed('/zh-tw/');
  console.log(`zh-tw home (first request): ${seconds(home.ms)}, HTTP ${home.status}${home.note}`);
  const processes = treeRss(dev.pid!);
  console.log(`memory now: ${processes.map((p) => `${p.name} ${Math.round(p.bytes / 2 ** 20)} MB`).join(', ')}`);
  console.log(
    output
      .split('\n')
      .filter((line) => /^Laid out|checked and rendered/.test(line))
      .map((line) => `  ${line}`)
      .join('\n'),
  );
} finally {
  writeFileSync(edited, original);
  dev.kill('SIGTERM');
}

/** The page's main text; nothing between a reload and the new page. */
async function mainText(page: Page): Promise<string | undefined> {
  try {
    return (await page.locator('main').first().textContent({ timeout: 200 })) ?? undefined;
  } catch {
    return undefined;
  }
}

async function until<T>(condition: () => T | Promise<T>, ms: number, what: string): Promise<NonNullable<T>> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline || dev.exitCode !== null)
      throw new Error(`errata dev: no ${what} within ${ms} ms:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
