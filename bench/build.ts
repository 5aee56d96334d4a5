/**
 * npm run bench:build — builds the five-locale shared corpus (live-sxs, ~14,600 pages) with
 * `errata build --keep-going` cold (no render cache, no Astro store) once with each Markdown
 * engine (Sätteri, then `--markdown reference`, the order swapped every run so neither always
 * runs on a warmer machine), and warm (one article changed) with Sätteri; reports wall time,
 * pages/s, the peak memory of the whole process tree, the render stage (the core's render
 * inside the shares, which run side by side: the slowest share's) and the ratios the
 * Sätteri engine is held to. Medians of --runs (default 3). When `npm run bench:vs-starlight`
 * has installed Starlight, each run also builds the same articles with Starlight, cold, and the
 * summary sets the two side by side.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../test/helpers/corpus.ts';
import { fiveLocaleContent } from './five-locales.ts';
import { mb, medians, seconds as s, type Measured } from './process-tree.ts';
import { builtFiles, clearCaches as clearBuildCaches, errataBuild, type ErrataBuild } from './errata-build.ts';
import { starlightBuild, starlightInstalled, writeStarlightSite } from './starlight-site.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: '/tmp/errata-bench-site' },
    // One cold build, then --runs one-article builds: the steps of each, and their medians.
    'warm-only': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const content = await fiveLocaleContent();
const changed = join(content, 'zh-tw', 'troubleshoot-aadsts50000-error-code.md');
const original = readFileSync(changed, 'utf8');
const ENGINES = ['reference', 'satteri'] as const;
type Engine = (typeof ENGINES)[number];

type Build = ErrataBuild & { renderMs: number };

async function build(engine: Engine): Promise<Build> {
  const result = await errataBuild(content, values.out, ['--markdown', engine]);
  return { ...result, renderMs: renderStage(result.stdout) };
}

/**
 * The core's render time in the build's timings: shares run side by side, so the slowest
 * share's (`share 1/2: … render 9.1 s (…)`), summed over the batches a large build runs one
 * after another (`batch 1/3 (ar-sa, sv-se): share 1/2: …`).
 */
function renderStage(stdout: string): number {
  const slowest = new Map<string, number>();
  for (const m of stdout.matchAll(/^\s*(batch \d+\/\d+)?.*?share \d+\/\d+: .*?render ([\d.]+) (s|ms)/gm)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    slowest.set(m[1] ?? '', Math.max(slowest.get(m[1] ?? '') ?? 0, ms));
  }
  return slowest.size > 0 ? [...slowest.values()].reduce((a, b) => a + b, 0) : Number.NaN;
}

if (values['warm-only']) {
  await warmOnly();
  process.exit(0);
}

/** `--warm-only`: what a one-article build spends, step by step (the figures #20 holds to ≤ 3 s). */
async function warmOnly(): Promise<void> {
  clearCaches();
  const c = await build('satteri');
  console.log(`cold ${s(c.ms)}, ${mb(c.peakBytes)}`);
  const steps = ['check and site facts', 'render', 'layout', 'search'] as const;
  const rows: Array<Record<string, number>> = [];
  try {
    for (let run = 0; run < runs; run++) {
      appendFileSync(changed, `\nBench edit ${run} ${Date.now()}.\n`);
      const w = await build('satteri');
      writeFileSync(changed, original);
      const row: Record<string, number> = { total: w.ms };
      for (const step of steps) row[step] = stepMs(w.stdout, step);
      rows.push(row);
      console.log(
        `warm ${run + 1}: ${s(w.ms)}, ${mb(w.peakBytes)} — ${steps.map((st) => `${st} ${s(row[st]!)}`).join(', ')}`,
      );
    }
  } finally {
    writeFileSync(changed, original);
    clearCaches();
  }
  const med = (key: string) => s(median(rows.map((r) => r[key]!)));
  console.log(`warm median ${med('total')} — ${steps.map((st) => `${st} ${med(st)}`).join(', ')}  (target ≤ 3 s)`);
}

/** A step's time in the build's timings (`  check and site facts 3.2 s (…)`, `  batch 3/3 (zh-tw): search 5.9 s (…)`), summed over batches. */
function stepMs(stdout: string, step: string): number {
  let total = 0;
  for (const m of stdout.matchAll(new RegExp(`^\\s+(?:batch \\S+ \\([^)]*\\): )?${step} ([\\d.]+) (s|ms)`, 'gm')))
    total += Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  return total;
}

const cold: Record<Engine, Build[]> = { reference: [], satteri: [] };
const warm: Build[] = [];
const withStarlight = starlightInstalled();
const starlight: Measured[] = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const engine of run % 2 === 0 ? [...ENGINES].reverse() : ENGINES) {
      clearCaches();
      const c = await build(engine);
      cold[engine].push(c);
      let line = `run ${run + 1}, ${engine}: cold ${s(c.ms)} (render stage ${s(c.renderMs)}), ${mb(c.peakBytes)}`;
      if (engine === 'satteri') {
        // A visible edit: the page, its locale's search index and nothing else must be written again.
        appendFileSync(changed, `\nBench edit ${run} ${Date.now()}.\n`);
        const w = await build(engine);
        warm.push(w);
        writeFileSync(changed, original);
        line += `; warm ${s(w.ms)}, ${mb(w.peakBytes)}`;
        console.log(
          `    warm:\n${w.stdout
            .trim()
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}`,
        );
      }
      console.log(line);
      console.log(
        `    cold peak at ${s(c.peak.atMs)}: ${c.peak.processes.map((p) => `${p.name} ${mb(p.bytes)}`).join(', ')}`,
      );
      console.log(
        c.stdout
          .trim()
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n'),
      );
    }
    if (withStarlight) {
      // The articles errata published, from the build just made (both engines publish the same).
      if (run === 0) writeStarlightSite(content, builtFiles(values.out));
      const st = await starlightBuild();
      starlight.push(st);
      console.log(`run ${run + 1}, starlight: cold ${s(st.ms)}, ${mb(st.peakBytes)}`);
    }
  }
} finally {
  writeFileSync(changed, original);
  clearCaches();
}

const summary = (engine: Engine) => {
  const c = { ...medians(cold[engine]), renderMs: median(cold[engine].map((r) => r.renderMs)) };
  const pages = cold[engine][0]!.pages;
  console.log(
    `${engine}: cold median ${s(c.ms)}, ${Math.round(pages / (c.ms / 1000))} pages/s (${pages} pages), render stage ${s(c.renderMs)}, peak RSS ${mb(c.peak)}`,
  );
  return { cold: c };
};
const reference = summary('reference');
const satteri = {
  ...summary('satteri'),
  warm: medians(warm),
};
console.log(`satteri: warm median ${s(satteri.warm.ms)}, peak RSS ${mb(satteri.warm.peak)}`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);
console.log(
  `render stage, reference ÷ Sätteri: ${ratio(reference.cold.renderMs, satteri.cold.renderMs)}×  (target ≥ 3×)`,
);
console.log(`cold build, Sätteri ÷ reference: ${ratio(satteri.cold.ms, reference.cold.ms)}  (target ≤ 0.65)`);
console.log(`warm ÷ cold, Sätteri: ${ratio(satteri.warm.ms, satteri.cold.ms)}  (target ≤ 0.1)`);
console.log(`peak RSS, Sätteri: ${mb(Math.max(satteri.cold.peak, satteri.warm.peak))}  (target ≤ 836 MB)`);
if (withStarlight) {
  const st = medians(starlight);
  console.log(`Starlight: cold median ${s(st.ms)}, peak RSS ${mb(st.peak)}`);
  console.log(
    `cold build, errata (Sätteri) ÷ Starlight: ${ratio(satteri.cold.ms, st.ms)} time (target ≤ 0.2), ${ratio(satteri.cold.peak, st.peak)} memory (target ≤ 0.25)`,
  );
} else console.log('Starlight: not installed (npm run bench:vs-starlight installs it)');

function clearCaches(): void {
  clearBuildCaches(values.out);
}
