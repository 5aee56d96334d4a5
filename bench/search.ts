/**
 * npm run bench:search — search quality and cost on the shared corpus (live-sxs, all its
 * locales) and on the Thai and Hebrew test articles of test/search/fixtures/ (machine-written,
 * in languages the corpus holds out). Each locale's pages are prepared as `errata build` prepares them, indexed by
 * errata's search step and by plain Pagefind, and asked the same automatically built
 * queries (test/search/helpers/query-set.ts) — errata's through /<locale>/search.js, the
 * module the browser runs, plain Pagefind's as typed. Reports hit@1, hit@5 and the
 * zero-result rate per query kind, query latency, and what a first query transfers from a
 * cold cache.
 *
 *   --per-category N   queries per kind and locale (default 200; code forms: all)
 *   --locales a,b      only these locales (corpus or fixture: th-th, he-il)
 *   --distractors N    add N pages to each fixture locale, made of its articles' paragraphs
 *                      under numbered titles, so the articles compete as in a real locale
 *                      (default 2900, a real locale's size; 0: the articles alone)
 *   --misses N         print up to N missed queries per kind and locale
 *   --out DIR          where the indexes go (emptied first; default: errata-bench-search in the temp folder)
 *   --json FILE        also write the figures as JSON
 *
 * Run it with `nice` on a shared machine: all 30 corpus locales take a while.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { canonicalTag } from '../src/page-data/locales.ts';
import type { SitePage } from '../src/page-data/site-data.ts';
import { buildSearchIndex } from '../src/search/index-locale.ts';
import { corpusContent, median } from '../test/helpers/corpus.ts';
import { preparedLocales } from '../test/search/helpers/locale-pages.ts';
import { loadSearch, recordTransfer, type SearchModule } from '../test/search/helpers/node-search.ts';
import { loadPlainSearch, writePlainIndex, type PlainSearch } from '../test/search/helpers/plain-pagefind.ts';
import { distractorPages, FIXTURE_LOCALES, fixturePages } from '../test/search/helpers/fixture-pages.ts';
import { loadRegistry } from '../src/core/codes/registry.ts';
import { corpusArchives } from '../test/helpers/corpus.ts';
import { querySet, type Query } from '../test/search/helpers/query-set.ts';

const { values } = parseArgs({
  options: {
    'per-category': { type: 'string', default: '200' },
    locales: { type: 'string' },
    misses: { type: 'string', default: '0' },
    // As many as a real locale has pages (~2,900), so rank and index chunks are a real locale's.
    distractors: { type: 'string', default: '2900' },
    out: { type: 'string', default: join(tmpdir(), 'errata-bench-search') },
    json: { type: 'string' },
  },
});
const perCategory = Number(values['per-category']);
const showMisses = Number(values.misses);
const out = values.out;
const plainOut = join(out, 'plain-pagefind');

const contentDir = await corpusContent('live-sxs');
const wanted = values.locales?.split(',').map((l) => l.toLowerCase());
const corpusLocales = corpusArchives('live-sxs')
  .map((a) => a.locale)
  .filter((l) => !wanted || wanted.includes(l))
  .sort();
const fixtureLocales = FIXTURE_LOCALES.filter((l) => !wanted || wanted.includes(l));
const { registry } = loadRegistry(contentDir);
let started = performance.now();

/** One locale's pages at a time, as a build's search step gets them: 30 locales at once would not fit in memory. */
async function* localePages(): AsyncGenerator<[string, SitePage[]]> {
  for (const locale of corpusLocales) {
    started = performance.now();
    const { pages } = await preparedLocales(contentDir, [locale], join(tmpdir(), 'errata-bench-search-cache'));
    const list = pages.get(locale) ?? [];
    console.log(`\nprepared ${list.length} pages of ${locale} (${seconds(started)})`);
    yield [locale, list];
  }
  for (const locale of fixtureLocales)
    yield [
      locale,
      [...fixturePages(locale, registry), ...distractorPages(locale, registry, Number(values.distractors))],
    ];
}

/** `lookup`: searches that found nothing and read the query as codes, so the page offers the error lookup. */
interface Tally {
  n: number;
  hit1: number;
  hit5: number;
  zero: number;
  lookup: number;
}
interface LocaleFigures {
  locale: string;
  pages: number;
  indexMs: number;
  indexBytes: number;
  categories: Record<string, { errata: Tally; plain: Tally }>;
  latency: { medianMs: number; p95Ms: number; plainMedianMs: number };
  coldFirstQuery: ColdFigures;
  /** A whole title typed at once: several words, each loading its index chunk. */
  coldWholeTitle?: ColdFigures;
}
interface ColdFigures {
  query: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  uiBytes: number;
  uiGzipBytes: number;
}

rmSync(out, { recursive: true, force: true });
const figures: LocaleFigures[] = [];
for await (const [locale, list] of localePages()) {
  const tag = canonicalTag(locale);
  const knownCodes = new Set(list.flatMap((p) => p.codes));
  started = performance.now();
  const { bytes } = await buildSearchIndex({ outDir: out, locale, tag, pages: list, registry });
  const indexMs = performance.now() - started;
  await writePlainIndex(plainOut, locale, tag, list);
  const queries = querySet(list, registry, { perCategory, seed: 7, knownCodes });
  const coldFirstQuery = (await coldQuery(
    locale,
    queries.filter((q) => q.category !== 'whole title'),
  ))!;
  const coldWholeTitle = await coldQuery(
    locale,
    queries.filter((q) => q.category === 'whole title'),
  );
  const errata = await loadSearch(out, locale);
  const plain = await loadPlainSearch(plainOut, locale, tag);
  const categories: LocaleFigures['categories'] = {};
  const misses: Record<string, string[]> = {};
  const times: number[] = [];
  const plainTimes: number[] = [];
  for (const q of queries) {
    const row = (categories[q.category] ??= { errata: tally(), plain: tally() });
    let t = performance.now();
    const mine = await errata.search(q.query);
    times.push(performance.now() - t);
    const top = await urls(mine.results);
    count(row.errata, q, top);
    if (top.length === 0 && mine.errata.kind === 'codes') row.errata.lookup++;
    if (showMisses && !hit(q, top) && (misses[q.category] ??= []).length < showMisses)
      misses[q.category]!.push(`${q.query} → ${top[0] ?? 'nothing'}`);
    t = performance.now();
    const theirs = await plain.search(q.query);
    plainTimes.push(performance.now() - t);
    count(row.plain, q, await urls(theirs.results));
  }
  const sorted = [...times].sort((a, b) => a - b);
  figures.push({
    locale,
    pages: list.length,
    indexMs,
    indexBytes: bytes,
    categories,
    coldFirstQuery,
    ...(coldWholeTitle ? { coldWholeTitle } : {}),
    latency: {
      medianMs: median(times),
      p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      plainMedianMs: median(plainTimes),
    },
  });
  report(figures.at(-1)!);
  for (const [category, list] of Object.entries(misses).sort()) console.log(`missed, ${category}: ${list.join(' | ')}`);
  await errata.destroy();
}
summary(figures);
if (values.json) writeFileSync(values.json, `${JSON.stringify(figures, null, 1)}\n`);

function tally(): Tally {
  return { n: 0, hit1: 0, hit5: 0, zero: 0, lookup: 0 };
}

/** A query for nothing is hit when nothing came; others when an expected page is in the top five. */
function hit(q: Query, top: string[]): boolean {
  return q.expected.length === 0 ? top.length === 0 : top.some((url) => q.expected.includes(url));
}

async function urls(results: ReadonlyArray<{ data(): Promise<{ url: string }> }>): Promise<string[]> {
  return Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url)).then((top) =>
    results.length === 0 ? [] : top,
  );
}

function count(t: Tally, q: Query, top: string[]): void {
  t.n++;
  if (top.length === 0) t.zero++;
  if (q.expected.length === 0) return;
  if (q.expected.includes(top[0] ?? '')) t.hit1++;
  if (top.some((url) => q.expected.includes(url))) t.hit5++;
}

/**
 * A first search from a cold cache, as the search box makes it: load search.js and
 * pagefind.js, initialise (entry, metadata, WebAssembly), read the filters the UI lists,
 * search, and read the first five results. The heaviest of one query per kind is kept.
 */
async function coldQuery(locale: string, queries: Query[]): Promise<ColdFigures | undefined> {
  const candidates = [
    ...new Map(queries.filter((q) => q.expected.length > 0).map((q) => [q.category.split(':')[0], q])).values(),
  ];
  const localeDir = join(out, locale);
  const scripts = ['search.js', 'pagefind/pagefind.js'].map((f) => join(localeDir, f));
  const ui = ['search-ui.js', 'search-ui.css'].map((f) => join(localeDir, f));
  let worst: ColdFigures | undefined;
  for (const q of candidates) {
    const search: SearchModule = await loadSearch(out, locale);
    const { transfer } = await recordTransfer(async () => {
      await search.filters();
      const { results } = await search.search(q.query);
      await Promise.all(results.slice(0, 5).map((r) => r.data()));
    });
    const files = [...scripts, ...transfer.requests];
    const bytes = scripts.reduce((n, f) => n + statSync(f).size, 0) + transfer.bytes;
    const figures: ColdFigures = {
      query: q.query,
      requests: files.length,
      bytes,
      gzipBytes: files.reduce((n, f) => n + servedBytes(f), 0),
      uiBytes: ui.reduce((n, f) => n + statSync(f).size, 0),
      uiGzipBytes: ui.reduce((n, f) => n + servedBytes(f), 0),
    };
    if (!worst || figures.gzipBytes > worst.gzipBytes) worst = figures;
    await search.destroy();
  }
  return worst;
}

/** Bytes on the wire from a server that compresses text: Pagefind's own files are gzip already. */
function servedBytes(path: string): number {
  const file = path.startsWith('file:') ? fileURLToPath(path) : path;
  const body = readFileSync(file);
  return ['.js', '.css', '.json'].includes(extname(file)) ? gzipSync(body).length : body.length;
}

function report(f: LocaleFigures): void {
  console.log(
    `\n## ${f.locale}: ${f.pages} pages, index ${seconds(0, f.indexMs)}, ${(f.indexBytes / 1e6).toFixed(1)} MB`,
  );
  console.log('| queries | n | errata hit@1 | hit@5 | zero | plain hit@1 | hit@5 | zero |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, { errata: e, plain: p }] of Object.entries(f.categories).sort()) {
    console.log(
      `| ${name} | ${e.n} | ${rate(e.hit1, e.n)} | ${rate(e.hit5, e.n)} | ${rate(e.zero, e.n)} | ${rate(p.hit1, p.n)} | ${rate(p.hit5, p.n)} | ${rate(p.zero, p.n)} |`,
    );
  }
  console.log(
    `latency: median ${f.latency.medianMs.toFixed(1)} ms, p95 ${f.latency.p95Ms.toFixed(1)} ms (plain Pagefind median ${f.latency.plainMedianMs.toFixed(1)} ms)`,
  );
  const c = f.coldFirstQuery;
  console.log(
    `cold first query ("${c.query}"): ${c.requests} files, ${kb(c.bytes)} stored, ${kb(c.gzipBytes)} served gzip; UI script and style ${kb(c.uiBytes)} (${kb(c.uiGzipBytes)} gzip)`,
  );
  const t = f.coldWholeTitle;
  if (t)
    console.log(`cold first query, a whole title ("${t.query}"): ${t.requests} files, ${kb(t.gzipBytes)} served gzip`);
}

function summary(all: LocaleFigures[]): void {
  const sum = (pick: (f: LocaleFigures) => Array<[string, Tally]>) => {
    const t = tally();
    for (const f of all)
      for (const [, x] of pick(f)) {
        t.n += x.n;
        t.hit1 += x.hit1;
        t.hit5 += x.hit5;
        t.zero += x.zero;
        t.lookup += x.lookup;
      }
    return t;
  };
  const of = (prefix: string, which: 'errata' | 'plain') => (f: LocaleFigures) =>
    Object.entries(f.categories)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, v]): [string, Tally] => [name, v[which]]);
  const verdicts: string[] = [];
  /** A row of the summary; `target`: the least share the measure must reach, if it has one. */
  const line = (label: string, prefix: string, metric: 'hit1' | 'hit5' | 'zero' | 'lookup', target?: number) => {
    const e = sum(of(prefix, 'errata'));
    const p = sum(of(prefix, 'plain'));
    if (e.n === 0) return;
    const met = target === undefined ? '' : e[metric] / e.n >= target ? '✓' : '✗';
    if (met) verdicts.push(`${met} ${label}`);
    console.log(
      `| ${label} | ${e.n} | ${rate(e[metric], e.n)} | ${metric === 'lookup' ? '' : rate(p[metric], p.n)} | ${target === undefined ? '' : `≥ ${target}`} | ${met} |`,
    );
  };
  console.log(
    '\n## Summary (all locales)\n| measure | n | errata | plain Pagefind | target | met |\n| --- | ---: | ---: | ---: | --- | --- |',
  );
  const forms = new Set(all.flatMap((f) => Object.keys(f.categories).filter((c) => c.startsWith('code: '))));
  for (const form of [...forms].sort()) line(`${form}, hit@1`, form, 'hit1');
  for (const form of ['code: as written', 'code: hex without 0x', 'code: SMTP status alone', 'code: number alone'])
    line(`${form}, hit@1 (target)`, form, 'hit1', 0.97);
  line('codes in any case, hit@1', 'code: any case', 'hit1', 0.98);
  line('every code form, hit@1', 'code: ', 'hit1', 0.98);
  line('CJK 2 chars, hit@5', 'CJK 2', 'hit5', 0.9);
  line('CJK 3 chars, hit@5', 'CJK 3', 'hit5', 0.9);
  line('CJK 4 chars, hit@5', 'CJK 4', 'hit5', 0.9);
  line('Thai part of a word (2–4 chars), hit@5', 'Thai ', 'hit5', 0.85);
  line('Thai 2 chars in a word, hit@5', 'Thai 2', 'hit5', 0.85);
  line('Thai 3 chars in a word, hit@5', 'Thai 3', 'hit5', 0.85);
  line('Thai 4 chars in a word, hit@5', 'Thai 4', 'hit5', 0.85);
  line('Hebrew bare, hit@5', 'Hebrew bare', 'hit5', 0.85);
  line('Arabic bare, hit@5', 'Arabic bare', 'hit5', 0.85);
  line('Arabic as written, hit@5', 'Arabic as', 'hit5');
  line('whole title, hit@5', 'whole title', 'hit5', 0.98);
  line('title word, hit@5', 'title word', 'hit5');
  line('nonsense code, no results', 'nonsense', 'zero', 0.9);
  line('nonsense: family code, no results', 'nonsense: family', 'zero', 0.9);
  line('nonsense: code-shaped, no results', 'nonsense: code-shaped', 'zero', 0.9);
  line('nonsense, no results and the error lookup offered', 'nonsense', 'lookup', 0.9);
  const medians = all.map((f) => f.latency.medianMs);
  const overall = median(all.flatMap((f) => [f.latency.medianMs]));
  const worstMedian = Math.max(...medians);
  const worstCold = Math.max(...all.map((f) => f.coldFirstQuery.gzipBytes));
  verdicts.push(
    `${worstMedian <= 20 ? '✓' : '✗'} median query ≤ 20 ms`,
    `${worstCold <= 150 * 1024 ? '✓' : '✗'} cold first query ≤ 150 KB`,
  );
  console.log(
    `| median query (worst locale), ms | | ${worstMedian.toFixed(1)} | ${Math.max(...all.map((f) => f.latency.plainMedianMs)).toFixed(1)} | ≤ 20 | ${worstMedian <= 20 ? '✓' : '✗'} |`,
  );
  console.log(`| median of the locales' medians, ms | | ${overall.toFixed(1)} | | | |`);
  console.log(
    `| cold first query (worst locale), served KB | | ${kb(worstCold)} | | ≤ 150 KB | ${worstCold <= 150 * 1024 ? '✓' : '✗'} |`,
  );
  const titles = all.flatMap((f) => (f.coldWholeTitle ? [f.coldWholeTitle.gzipBytes] : []));
  if (titles.length > 0)
    console.log(
      `| cold first query typing a whole title at once (worst locale), served KB | | ${kb(Math.max(...titles))} | | | |`,
    );

  console.log(
    '\n## Per locale\n| locale | pages | index MB | median ms | p95 ms | cold KB | codes hit@1 | words hit@5 | nonsense none |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const f of all) {
    const pick = (test: (name: string) => boolean) => {
      const t = tally();
      for (const [name, v] of Object.entries(f.categories))
        if (test(name)) {
          t.n += v.errata.n;
          t.hit1 += v.errata.hit1;
          t.hit5 += v.errata.hit5;
          t.zero += v.errata.zero;
        }
      return t;
    };
    const codes = pick((n) => n.startsWith('code: '));
    const words = pick((n) => !n.startsWith('code: ') && !n.startsWith('nonsense'));
    const nonsense = pick((n) => n.startsWith('nonsense'));
    console.log(
      `| ${f.locale} | ${f.pages} | ${(f.indexBytes / 1e6).toFixed(1)} | ${f.latency.medianMs.toFixed(1)} | ${f.latency.p95Ms.toFixed(1)} | ${(f.coldFirstQuery.gzipBytes / 1024).toFixed(1)} | ${rate(codes.hit1, codes.n)} | ${rate(words.hit5, words.n)} | ${rate(nonsense.zero, nonsense.n)} |`,
    );
  }
  console.log(`\n## Targets\n${verdicts.join('\n')}`);
}

function rate(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(3);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function seconds(from: number, elapsed = performance.now() - from): string {
  return `${(elapsed / 1000).toFixed(1)} s`;
}
