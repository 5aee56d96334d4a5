/**
 * npm run bench:scale — how `errata build` grows with the docset: the 30 live-sxs locales of
 * the corpus (`ERRATA_CORPUS`, default ../shared/corpus) imported into one content folder with
 * the project's registry (test/helpers/corpus.ts), built cold at 5, 15 and 30 locales
 * (`--locales`), then the 30 as CI builds them: `errata plan --shards 4`, `errata build
 * --shard i/4` for each, `errata merge`. Prints each run's wall time, pages/s and the peak
 * memory of the whole process tree (bench/process-tree.ts), each step's own peak (whether
 * one grows with the docset), with the machine's load averages
 * (the machine may be shared); medians when `--runs N` (default 1: 30 locales take minutes).
 * Each build's own output shows, indented, as it runs: its progress lines (plain, its output
 * being a pipe), then its summary and timings.
 * `--docset` builds instead the AlchemyInsights docset's size, 36 locales (bench/docset36.ts).
 *
 * It measures the committed build (HEAD), copied into a folder of its own with the project's
 * node_modules: a cold build starts from an empty `.errata-cache` there, without removing
 * the cache of the checkout (other builds and tests may be using it), and files edited in the
 * checkout meanwhile do not change the build being measured.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listLocales } from '../src/core/read/content-files.ts';
import { corpusContent, hasCorpus, median } from '../test/helpers/corpus.ts';
import { docset36, HELD_OUT } from './docset36.ts';
import { mb, measure, seconds, type Measured } from './process-tree.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    work: { type: 'string', default: join(tmpdir(), 'errata-bench-scale') },
    /** Print each build's own timings too. */
    verbose: { type: 'boolean', default: false },
    /** Build only the docset's size instead: 36 locales, the corpus's 30 and six made from them (bench/docset36.ts). */
    docset: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number of at least 1 (got ${values.runs})`);
if (!hasCorpus) {
  console.log(
    'bench:scale skipped: no corpus (set ERRATA_CORPUS to the folder of the alchemyinsights-*-live-sxs.tar.gz archives)',
  );
  process.exit(0);
}
const ROOT = new URL('../', import.meta.url).pathname;
const WORK = values.work;
/** The five locales the corpus has in both forms, whose figures earlier benches quote. */
const FIVE = ['ar-sa', 'sv-se', 'uk-ua', 'vi-vn', 'zh-tw'];

const content = await corpusContent('live-sxs');
const all = listLocales(content);
const fifteen = [...FIVE, ...all.filter((l) => !FIVE.includes(l)).slice(0, 10)].sort();
const project = snapshot();

/** `failed`: the build's last lines of error output, when it exited otherwise than 0. */
type Run = Measured & { pages: number; load: number[]; failed?: string };

/** Its own `.errata-cache` emptied: nothing rendered, checked, laid out or indexed before. */
function cold(): void {
  rmSync(join(project, '.errata-cache'), { recursive: true, force: true });
}

/** `echo`: show the command's output as it runs (a build's progress lines), indented under the bench's own. */
async function errata(args: string[], { mayFail = false, echo = false } = {}): Promise<Measured> {
  const result = await measure(
    process.execPath,
    [join(project, 'bin/errata.js'), ...args],
    project,
    echo ? { echo: (text) => console.log(`    │ ${text}`) } : {},
  );
  if (result.status !== 0 && !mayFail)
    throw new Error(`errata ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

function builtPages(out: string): number {
  return (JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as { summary: { built: number } }).summary
    .built;
}

async function build(locales: string[] | undefined, out: string, extra: string[] = [], from = content): Promise<Run> {
  cold();
  rmSync(out, { recursive: true, force: true });
  const load = loadavg();
  // Its progress shows as it runs: a 30-locale build takes minutes (the build's timings come after).
  const result = await errata(
    [
      'build',
      '--content',
      from,
      '--out',
      out,
      '--keep-going',
      ...(locales ? ['--locales', locales.join(',')] : []),
      ...extra,
    ],
    { mayFail: true, echo: true },
  );
  // A build that fails is a figure too (the step, the cause): the bench goes on with the next.
  if (result.status !== 0)
    return { ...result, pages: Number.NaN, load, failed: result.stderr.trim().split('\n').slice(-3).join(' / ') };
  return { ...result, pages: builtPages(out), load };
}

function line(label: string, run: Run): string {
  const peakBy = run.peak.processes
    .slice(0, 4)
    .map((p) => `${p.name} ${mb(p.bytes)}`)
    .join(', ');
  return `${label}: ${run.pages} pages in ${seconds(run.ms)}, ${Math.round(run.pages / (run.ms / 1000))} pages/s, peak ${mb(run.peakBytes)} (at ${seconds(run.peak.atMs)}: ${peakBy}); load ${run.load.map((l) => l.toFixed(1)).join(' ')}`;
}

function show(label: string, run: Run): void {
  if (run.failed) console.log(`${label}: FAILED after ${seconds(run.ms)}, peak ${mb(run.peakBytes)}: ${run.failed}`);
  else console.log(line(label, run));
  console.log(`    each step's own peak: ${stepPeaks([run])}`);
  if (values.verbose)
    console.log(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n'),
    );
}

if (values.docset) {
  const docset = docset36(content, join(WORK, 'docset36'));
  const results: Run[] = [];
  console.log(
    `errata ${commit()} (copied to ${project}): the docset's size, ${listLocales(docset).length} locales in ${docset} (six made from corpus locales: ${Object.entries(
      HELD_OUT,
    )
      .map(([locale, { from }]) => `${locale} from ${from}`)
      .join(', ')}); ${runs} run${runs === 1 ? '' : 's'}`,
  );
  try {
    for (let run = 0; run < runs; run++) {
      const result = await build(undefined, join(WORK, 'site'), [], docset);
      results.push(result);
      show(`run ${run + 1}, 36 locales`, result);
    }
  } finally {
    cold();
    rmSync(join(WORK, 'site'), { recursive: true, force: true });
  }
  const ms = median(results.map((r) => r.ms));
  console.log(
    `\nmedian of ${runs}: 36 locales, ${results[0]!.pages} pages in ${seconds(ms)}, ${Math.round(results[0]!.pages / (ms / 1000))} pages/s, peak ${mb(median(results.map((r) => r.peakBytes)))}; each step's own peak: ${stepPeaks(results)}`,
  );
  process.exit(0);
}

const SIZES = [
  ['5 locales', FIVE],
  ['15 locales', fifteen],
  ['30 locales', all],
] as const;
const whole: Record<string, Run[]> = {};
const sharded: Array<{ shards: Run[]; merge: Measured; pages: number }> = [];
console.log(
  `errata ${commit()} (copied to ${project}), corpus live-sxs: ${all.length} locales in ${content}; ${runs} run${runs === 1 ? '' : 's'}`,
);
try {
  for (let run = 0; run < runs; run++) {
    for (const [label, locales] of SIZES) {
      const result = await build(locales.length === all.length ? undefined : [...locales], join(WORK, 'site'));
      (whole[label] ??= []).push(result);
      show(`run ${run + 1}, ${label}`, result);
    }
    const plan = JSON.parse(
      (await errata(['plan', '--shards', '4', '--format', 'json', '--content', content])).stdout,
    ) as { include: Array<{ shard: string; locales: string }> };
    const shards: Run[] = [];
    for (const { shard, locales } of plan.include) {
      const result = await build(undefined, join(WORK, `shard-${shard.replace('/', '-of-')}`), ['--shard', shard]);
      shards.push(result);
      show(`run ${run + 1}, shard ${shard} (${locales})`, result);
    }
    if (shards.some((r) => r.failed)) {
      console.log(`run ${run + 1}: a shard failed, nothing to merge`);
      continue;
    }
    const merged = join(WORK, 'merged');
    rmSync(merged, { recursive: true, force: true });
    const merge = await errata([
      'merge',
      '--out',
      merged,
      ...plan.include.map(({ shard }) => join(WORK, `shard-${shard.replace('/', '-of-')}`)),
    ]);
    const pages = builtPages(merged);
    console.log(
      `run ${run + 1}, merge of ${plan.include.length} shards: ${pages} pages in ${seconds(merge.ms)}, peak ${mb(merge.peakBytes)}`,
    );
    sharded.push({ shards, merge, pages });
  }
} finally {
  cold();
  for (const name of ['site', 'merged', 'shard-1-of-4', 'shard-2-of-4', 'shard-3-of-4', 'shard-4-of-4'])
    rmSync(join(WORK, name), { recursive: true, force: true });
}

console.log(`\nmedians of ${runs} run${runs === 1 ? '' : 's'} (cold builds, whole process tree):`);
for (const [label] of SIZES) {
  const results = whole[label]!;
  const ms = median(results.map((r) => r.ms));
  const pages = results[0]!.pages;
  console.log(
    `  ${label.padEnd(10)} ${String(pages).padStart(6)} pages  ${seconds(ms).padStart(8)}  ${String(Math.round(pages / (ms / 1000))).padStart(4)} pages/s  peak ${mb(median(results.map((r) => r.peakBytes)))}`,
  );
}
const shardCount = sharded[0]?.shards.length ?? 0;
for (let i = 0; i < shardCount; i++) {
  const results = sharded.map((s) => s.shards[i]!);
  const ms = median(results.map((r) => r.ms));
  console.log(
    `  shard ${i + 1}/${shardCount}  ${String(results[0]!.pages).padStart(6)} pages  ${seconds(ms).padStart(8)}  ${String(Math.round(results[0]!.pages / (ms / 1000))).padStart(4)} pages/s  peak ${mb(median(results.map((r) => r.peakBytes)))}`,
  );
}
if (sharded.length > 0) {
  const slowest = median(sharded.map((s) => Math.max(...s.shards.map((r) => r.ms))));
  const summed = median(sharded.map((s) => s.shards.reduce((sum, r) => sum + r.ms, 0)));
  console.log(
    `  4 shards: the slowest ${seconds(slowest)} (a CI matrix's wall time), ${seconds(summed)} one after the other; merge ${seconds(median(sharded.map((s) => s.merge.ms)))}, ${sharded[0]!.pages} pages merged`,
  );
}
console.log(
  "\neach step's own peak (median; one process of the step at its largest): does a step grow with the docset?",
);
for (const [label] of SIZES) console.log(`  ${label.padEnd(10)} ${stepPeaks(whole[label]!)}`);
const thirty = whole['30 locales']!;
console.log(
  `targets: 30 locales cold ≤ 6 min (${seconds(median(thirty.map((r) => r.ms)))}), peak ≤ 1.5 GB (${mb(median(thirty.map((r) => r.peakBytes)))}); 5 locales peak ≤ 1 GB (${mb(median(whole['5 locales']!.map((r) => r.peakBytes)))})`,
);

/** The median of each step's own peak over runs: `check-process.ts 410 MB, …`, largest first. */
function stepPeaks(results: readonly Run[]): string {
  const names = [...new Set(results.flatMap((r) => r.steps.map((s) => s.name)))];
  const peaks = names.map((name) => ({
    name,
    bytes: median(results.map((r) => r.steps.find((s) => s.name === name)?.bytes ?? 0)),
  }));
  return peaks
    .sort((a, b) => b.bytes - a.bytes)
    .filter((p) => p.bytes >= 32 * 1024 * 1024)
    .map((p) => `${p.name} ${mb(p.bytes)}`)
    .join(', ');
}

function commit(): string {
  return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** The committed tree (`git archive HEAD`) in WORK/project, with the checkout's node_modules. */
function snapshot(): string {
  const dir = join(WORK, 'project');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', 'git archive HEAD | tar -x -C "$1"', 'sh', dir], { cwd: ROOT });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
