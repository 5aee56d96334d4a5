/**
 * npm run bench:floor — how fast a cold build of the five-locale corpus (live-sxs) could be
 * on this machine, from the two stages whose cost lies in libraries the stack chose: the
 * Markdown render (Sätteri, Astro 7's Markdown engine; `--markdown reference` for unified's
 * micromark + remark-gfm) and Pagefind's index. Each is measured alone, with no build around it:
 *
 * - every page's body rendered by the core in one process, then the same pages split
 *   between two processes at once (the build renders in one process per core): the second
 *   wall time is the render's floor, and the ratio is what a second core is worth here;
 * - each locale's search documents indexed by Pagefind as the build does it: time and the
 *   peak memory of Pagefind's service.
 *
 * The floor printed assumes everything else costs nothing and the two stages share the cores
 * perfectly: (render in one process + Pagefind) ÷ the measured two-process speedup.
 * Medians of --runs (default 3).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { searchDocuments } from '../src/search/index-locale.ts';
import { writePagefindIndex } from '../src/search/index/pagefind-index.ts';
import { loadRegistry } from '../src/core/codes/registry.ts';
import { readArticleBody } from '../src/core/read/article-body.ts';
import { isPageSlug, listLocaleFiles, listLocales } from '../src/core/read/content-files.ts';
import {
  DEFAULT_MARKDOWN_ENGINE,
  isMarkdownEngine,
  MARKDOWN_ENGINES,
  renderArticle,
} from '../src/core/render/index.ts';
import { median } from '../test/helpers/corpus.ts';
import { fiveLocaleContent } from './five-locales.ts';
import { preparedLocales } from '../test/search/helpers/locale-pages.ts';
import { treeRss } from './process-tree.ts';

const { values } = parseArgs({
  options: {
    share: { type: 'string' },
    of: { type: 'string' },
    runs: { type: 'string', default: '3' },
    markdown: { type: 'string', default: DEFAULT_MARKDOWN_ENGINE },
  },
});
const markdown = values.markdown;
if (!isMarkdownEngine(markdown)) throw new Error(`--markdown takes ${MARKDOWN_ENGINES.join(' or ')}`);
const runs = Number(values.runs);
const contentDir = await fiveLocaleContent();

/** The bodies of every page of the corpus, in a stable order. */
function pageBodies(): Array<{ locale: string; body: string }> {
  return listLocales(contentDir).flatMap((locale) =>
    listLocaleFiles(contentDir, locale)
      .filter((f) => isPageSlug(f.slug))
      .map((f) => ({ locale, body: readArticleBody(contentDir, f.file) })),
  );
}

if (values.share !== undefined) {
  // A child: render its share of the pages, say how long that took.
  const share = Number(values.share);
  const count = Number(values.of);
  const mine = pageBodies().filter((_, i) => i % count === share);
  const started = performance.now();
  // As the build renders: with the registry, so damaged side-by-side segments are repaired.
  const { registry } = loadRegistry(contentDir);
  for (const page of mine)
    renderArticle(page.body, { locale: page.locale, base: `/${page.locale}/`, markdown, registry });
  process.stdout.write(JSON.stringify({ pages: mine.length, ms: performance.now() - started }));
  process.exit(0);
}

interface ShareTiming {
  pages: number;
  ms: number;
}

/** `count` processes at once, each rendering its share; the slowest one's render time. */
async function renderInProcesses(count: number): Promise<{ pages: number; ms: number }> {
  const runs = Array.from(
    { length: count },
    (_, share) =>
      new Promise<ShareTiming>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [new URL(import.meta.url).pathname, '--share', String(share), '--of', String(count), '--markdown', markdown],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('exit', (code) =>
          code === 0
            ? resolve(JSON.parse(out) as ShareTiming)
            : reject(new Error(`render share ${share} failed (${code})`)),
        );
      }),
  );
  const timings = await Promise.all(runs);
  return { pages: timings.reduce((n, t) => n + t.pages, 0), ms: Math.max(...timings.map((t) => t.ms)) };
}

const one: number[] = [];
const two: number[] = [];
let pageCount = 0;
for (let run = 0; run < runs; run++) {
  const alone = await renderInProcesses(1);
  const paired = await renderInProcesses(2);
  one.push(alone.ms);
  two.push(paired.ms);
  pageCount = alone.pages;
  console.log(`run ${run + 1}: render in one process ${s(alone.ms)}, in two at once ${s(paired.ms)}`);
}
const renderMs = median(one);
const speedup = renderMs / median(two);
console.log(
  `render (${markdown}): ${pageCount} pages, one process ${s(renderMs)} (${(renderMs / pageCount).toFixed(2)} ms/page); two processes at once ${s(median(two))}: a second core is worth ${speedup.toFixed(2)}×`,
);

// Pagefind's service is started as the build starts it (writePagefindIndex sets its allocator and chunk size).
const { registry, pages } = await preparedLocales(contentDir);
const out = join(tmpdir(), 'errata-bench-floor');
let pagefindMs = 0;
for (const [locale, list] of pages) {
  const documents = searchDocuments(list, registry);
  const times: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < runs; run++) {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, pagefindRss())), 100);
    const started = performance.now();
    await writePagefindIndex(join(out, locale), documents, { chunkSize: 10_000 });
    times.push(performance.now() - started);
    clearInterval(sampler);
    peaks.push(peak);
  }
  pagefindMs += median(times);
  console.log(
    `pagefind ${locale}: ${documents.length} pages, ${s(median(times))}, service peak ${Math.round(median(peaks) / 1024 / 1024)} MB`,
  );
}
rmSync(out, { recursive: true, force: true });
const floor = (renderMs + pagefindMs) / speedup;
console.log(`pagefind, all locales one after another: ${s(pagefindMs)} (its service works on about one core)`);
console.log(
  `floor of a cold build: (render ${s(renderMs)} + Pagefind ${s(pagefindMs)}) ÷ ${speedup.toFixed(2)} = ${s(floor)}  (target: ≤ 25 s)`,
);

/** Resident memory of this process's Pagefind service. */
function pagefindRss(): number {
  return treeRss(process.pid)
    .filter((p) => p.name.startsWith('pagefind'))
    .reduce((sum, p) => sum + p.bytes, 0);
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
