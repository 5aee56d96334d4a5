/**
 * `errata merge`: the outputs of `errata build --shard i/N` joined into one site. Each shard
 * owns the folders of its locales; everything else it wrote (the root pages: `/`, `/status/`,
 * `/404.html`, the sitemap index, `/api/codes.json`, the shared assets) comes from the whole
 * content folder's facts, so it must be the same, byte for byte, in every shard. The merge
 * checks that, and that no locale, page or input file is claimed by two shards, before it
 * writes anything; then it copies into the staging folder a build uses (output-folder.ts) and
 * swaps it in, so a failed merge leaves the previous site in place. The shards' build reports
 * become one report, the one a whole build of the same content writes.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isLocaleFolder } from '../core/read/content-files.ts';
import { reservedLocale } from '../core/read/reserved-routes.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { lockBuild } from '../pipeline/build-lock.ts';
import {
  addToTally,
  emptyTally,
  ReportLines,
  summarize,
  writeBuildReport,
  type BuildReport,
  type ReportedFile,
  type ReportSummary,
  type ReportTally,
} from '../pipeline/build-report.ts';
import { refuseUnsafeOutput, StagedOutput } from '../pipeline/output-folder.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';

const REPORT = 'build-report.json';

/** The shards disagree: merging them would lose or mix up pages (exit 1). */
export class MergeConflict extends Error {}

/** A folder given is not a shard's output, or `--out` is not a place to write (exit 2). */
export class MergeInputError extends Error {}

export interface MergeResult {
  /** The merged report's summary; the report is `build-report.json` in the merged site. */
  summary: ReportSummary;
  /** Top-level entries of the merged site that came from every shard alike. */
  rootEntries: string[];
}

interface ShardOutput {
  dir: string;
  /** Its report but the lines, which wait on disk (locale-lines.ts) with every shard's. */
  report: Omit<BuildReport, 'files'>;
  tally: ReportTally;
  /** The locales whose files are in its report: the folders it owns. */
  locales: Set<string>;
}

export async function mergeSites(options: { outDir: string; shardDirs: string[] }): Promise<MergeResult> {
  const { outDir, shardDirs } = options;
  if (shardDirs.length === 0)
    throw new MergeInputError('give the shard output folders to merge, e.g. errata merge --out dist shard-1 shard-2.');
  // The shards' report lines, read a shard at a time, wait here until the merged report is written from them a locale at a time.
  const cacheDir = join(PROJECT_ROOT, '.errata-cache');
  mkdirSync(cacheDir, { recursive: true });
  const lines = new ReportLines(mkdtempSync(join(cacheDir, 'merge-report-')));
  try {
    return await mergeInto(outDir, shardDirs, lines, cacheDir);
  } finally {
    lines.remove();
  }
}

async function mergeInto(
  outDir: string,
  shardDirs: string[],
  lines: ReportLines,
  cacheDir: string,
): Promise<MergeResult> {
  const shards = shardDirs.map((dir) => readShard(dir, lines));
  claimArticlelessLocales(shards);
  refuseOverlap(outDir, shardDirs);
  // As build refuses it: the working folder, errata's, the content folder (errata's default), a non-errata folder…
  refuseUnsafeOutput(outDir, { contentDir: resolve('content') });
  const unpublished = shards.filter((s) => !s.report.summary.published);
  if (unpublished.length > 0) {
    throw new MergeConflict(
      `${unpublished.map((s) => s.dir).join(', ')}: not published (the content has errors); build the shards with --keep-going, or fix the errors "errata check" lists.`,
    );
  }
  checkOwnership(shards);
  const rootEntries = checkRootFiles(shards);
  const { diagnostics, summary } = mergeReports(shards);

  const release = await lockBuild(cacheDir, [{ what: `the output folder ${outDir}`, path: outDir }], (message) =>
    console.error(message),
  );
  const output = new StagedOutput(outDir);
  try {
    output.begin();
    for (const entry of rootEntries)
      cpSync(join(shards[0]!.dir, entry), join(output.stageDir, entry), { recursive: true });
    for (const shard of shards) {
      for (const locale of shard.locales) {
        if (existsSync(join(shard.dir, locale)))
          cpSync(join(shard.dir, locale), join(output.stageDir, locale), { recursive: true });
      }
    }
    writeBuildReport(output.stageDir, { files: claimedOnce(lines.all()), diagnostics, summary });
    output.commitWhole();
  } catch (error) {
    output.discard();
    throw error;
  } finally {
    await release();
  }
  return { summary, rootEntries };
}

/** A shard's output and its report, whose lines go to `lines`. */
function readShard(dir: string, lines: ReportLines): ShardOutput {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new MergeInputError(`${dir}: no such folder.`);
  let report: BuildReport;
  try {
    report = JSON.parse(readFileSync(join(dir, REPORT), 'utf8')) as BuildReport;
  } catch {
    throw new MergeInputError(`${dir}: no readable ${REPORT}; give the --out folders of "errata build --shard i/N".`);
  }
  if (!Array.isArray(report.files) || !Array.isArray(report.diagnostics) || typeof report.summary !== 'object') {
    throw new MergeInputError(`${dir}/${REPORT} is not a build report of errata.`);
  }
  const tally = emptyTally();
  report.files.forEach((file) => addToTally(tally, file));
  lines.add(report.files);
  const { diagnostics, summary } = report;
  return { dir, report: { diagnostics, summary }, tally, locales: new Set(report.files.map((f) => f.locale)) };
}

/**
 * A locale folder without Markdown files has a home but no line in any report: the one shard
 * whose output has a folder of that locale's name (and no other) built it.
 */
function claimArticlelessLocales(shards: readonly ShardOutput[]): void {
  const reported = new Set(shards.flatMap((s) => [...s.locales]));
  const holders = new Map<string, ShardOutput[]>();
  for (const shard of shards) {
    for (const entry of readdirSync(shard.dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || reported.has(entry.name) || !isLocaleFolder(entry.name) || reservedLocale(entry.name))
        continue;
      holders.set(entry.name, [...(holders.get(entry.name) ?? []), shard]);
    }
  }
  for (const [locale, [only, ...others]] of holders) if (others.length === 0) only!.locales.add(locale);
}

/** No locale or input file in two shards, and no shard writing into a locale another one builds. */
function checkOwnership(shards: readonly ShardOutput[]): void {
  const owner = new Map<string, string>();
  for (const shard of shards) {
    for (const locale of shard.locales) {
      const other = owner.get(locale);
      if (other !== undefined)
        throw new MergeConflict(
          `locale ${locale} is built by two shards, ${other} and ${shard.dir}: its pages would be claimed twice. Build each shard of one plan (errata plan) once.`,
        );
      owner.set(locale, shard.dir);
    }
  }
  for (const shard of shards) {
    for (const entry of readdirSync(shard.dir)) {
      const other = owner.get(entry);
      if (other !== undefined && other !== shard.dir) {
        throw new MergeConflict(
          `${shard.dir} has pages under /${entry}/, which ${other} builds: the pages there would be claimed twice.`,
        );
      }
    }
  }
}

/**
 * Everything outside the shards' locale folders must be the same set of files with the same
 * bytes in every shard. Returns the top-level entries it covers (to copy from any one shard).
 */
function checkRootFiles(shards: readonly ShardOutput[]): string[] {
  const owned = new Set(shards.flatMap((s) => [...s.locales]));
  const rootEntries = (shard: ShardOutput) =>
    readdirSync(shard.dir)
      .filter((entry) => entry !== REPORT && !owned.has(entry))
      .sort();
  const fingerprints = shards.map((shard) => rootFingerprints(shard.dir, rootEntries(shard)));
  const [first, ...rest] = fingerprints;
  rest.forEach((other, i) => {
    const shard = shards[i + 1]!;
    const differing: string[] = [];
    for (const [file, hash] of first!) {
      if (!other.has(file)) differing.push(`${file} (only in ${shards[0]!.dir})`);
      else if (other.get(file) !== hash) differing.push(file);
    }
    for (const file of other.keys()) if (!first!.has(file)) differing.push(`${file} (only in ${shard.dir})`);
    if (differing.length > 0) {
      const shown = differing
        .slice(0, 5)
        .map((f) => `  ${f}`)
        .join('\n');
      throw new MergeConflict(
        `the root pages of ${shards[0]!.dir} and ${shard.dir} differ, so the shards were not built from the same content, errata or --site:\n${shown}${differing.length > 5 ? `\n  …and ${differing.length - 5} more` : ''}`,
      );
    }
  });
  return rootEntries(shards[0]!);
}

/** Relative path → hash of the bytes, for every file under the given top-level entries. */
function rootFingerprints(dir: string, entries: readonly string[]): Map<string, string> {
  const hashes = new Map<string, string>();
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hashes.set(
        relative(dir, path).split('\\').join('/'),
        createHash('sha1').update(readFileSync(path)).digest('hex'),
      );
    }
  };
  for (const entry of entries) visit(join(dir, entry));
  return hashes;
}

/** The merged report but its lines: as a whole build of the same content writes it. */
function mergeReports(shards: readonly ShardOutput[]): Omit<BuildReport, 'files'> {
  // Run diagnostics (registry, UI strings) that every shard reports alike appear once.
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const d of shards.flatMap((s) => s.report.diagnostics)) {
    const key = JSON.stringify(d);
    if (!seen.has(key)) diagnostics.push(d);
    seen.add(key);
  }
  diagnostics.sort(compareDiagnostics);
  const tally = emptyTally();
  for (const { tally: shard } of shards) {
    tally.files += shard.files;
    tally.built += shard.built;
    tally.errors += shard.errors;
    tally.warnings += shard.warnings;
  }
  return {
    diagnostics,
    summary: summarize(
      tally,
      diagnostics,
      shards.every((s) => s.report.summary.published),
    ),
  };
}

/**
 * The report's lines, each file once. Lines come a locale at a time, by file, and no locale is
 * in two shards (checkOwnership), so a file claimed twice is one a report lists twice.
 */
function* claimedOnce(files: Iterable<ReportedFile>): Generator<ReportedFile> {
  let last: string | undefined;
  for (const file of files) {
    if (file.file === last)
      throw new MergeConflict(`${file.file} is in the build reports twice: it would be claimed twice.`);
    last = file.file;
    yield file;
  }
}

/** `--out` is replaced whole: it must not be a shard being merged, hold one, or lie inside one. */
function refuseOverlap(outDir: string, shardDirs: readonly string[]): void {
  const inside = (child: string, parent: string) => {
    const path = relative(parent, child);
    return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
  };
  for (const shard of shardDirs) {
    if (inside(outDir, shard) || inside(shard, outDir))
      throw new MergeInputError(`--out ${outDir} overlaps the shard folder ${shard}: merge into a folder of its own.`);
  }
}
