/**
 * npm run bench:build — builds the five-locale shared corpus (live-sxs, ~14,600 pages) with
 * `errata build --keep-going`, cold (no render cache, no Astro store) and warm (one article
 * changed), and reports wall time, pages/s and the peak memory of the whole process tree.
 * Medians of --runs (default 3).
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusContent, median } from '../test/helpers/corpus.ts';
import { measure, type Measured } from './process-tree.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, out: { type: 'string', default: '/tmp/errata-bench-site' } } });
const runs = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const content = await corpusContent('live-sxs');
const changed = join(content, 'zh-tw', 'troubleshoot-aadsts50000-error-code.md');
const original = readFileSync(changed, 'utf8');

/** A cold build: no render cache, no page manifest, no Astro store, no compile cache, no output. */
function clearCaches(): void {
  rmSync(join(ROOT, '.errata-cache'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(tmpdir(), 'errata-compile-cache'), { recursive: true, force: true });
  rmSync(values.out, { recursive: true, force: true });
}

async function build(): Promise<Measured & { pages: number }> {
  const result = await measure(process.execPath, [join(ROOT, 'bin/errata.js'), 'build', '--content', content, '--out', values.out, '--keep-going'], ROOT);
  if (result.status !== 0) throw new Error(`errata build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const report = JSON.parse(readFileSync(join(values.out, 'build-report.json'), 'utf8')) as { summary: { built: number } };
  return { ...result, pages: report.summary.built };
}

const cold: Array<Measured & { pages: number }> = [];
const warm: Array<Measured & { pages: number }> = [];
try {
  for (let run = 0; run < runs; run++) {
    clearCaches();
    cold.push(await build());
    // A visible edit: the page, its locale's search index and nothing else must be written again.
    appendFileSync(changed, `\nBench edit ${run} ${Date.now()}.\n`);
    warm.push(await build());
    writeFileSync(changed, original);
    const c = cold.at(-1)!;
    const w = warm.at(-1)!;
    console.log(`run ${run + 1}: cold ${(c.ms / 1000).toFixed(1)} s, ${mb(c.peakBytes)}; warm ${(w.ms / 1000).toFixed(1)} s, ${mb(w.peakBytes)}`);
    console.log(`    cold peak at ${(c.peak.atMs / 1000).toFixed(1)} s: ${c.peak.processes.map((p) => `${p.name} ${mb(p.bytes)}`).join(', ')}`);
    console.log(c.stdout.trim().split('\n').map((l) => `    ${l}`).join('\n'));
  }
} finally {
  writeFileSync(changed, original);
}
const report = (name: string, results: Array<Measured & { pages: number }>) => {
  const ms = median(results.map((r) => r.ms));
  const pages = results[0]!.pages;
  console.log(`${name}: median ${(ms / 1000).toFixed(1)} s, ${Math.round(pages / (ms / 1000))} pages/s (${pages} pages), peak RSS median ${mb(median(results.map((r) => r.peakBytes)))}`);
  return ms;
};
const c = report('cold', cold);
const w = report('warm', warm);
console.log(`warm/cold: ${(w / c).toFixed(2)}  (targets: cold ≤ 25 s, peak RSS ≤ 1 GB, warm ≤ 0.1× cold)`);

function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
