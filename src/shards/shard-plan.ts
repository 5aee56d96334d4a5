/**
 * Splitting a site's locales between N machines (`errata plan`, `errata build --shard i/N`).
 * A locale is the unit: its pages, home, sitemap and search index are built together, and the
 * root pages come from the whole content folder, so shards merge by copying (merge-sites.ts).
 *
 * Shards are balanced by Markdown files per locale (what a build checks and renders), with the
 * longest-processing-time rule: the largest locale first, each onto the shard with the fewest
 * files so far. Ties go by locale tag and by shard number, so the same content gives the same
 * plan on every machine — the CI's plan job and each shard job compute it independently.
 */
import { listLocales, localeSizes } from '../core/read/content-files.ts';

export interface Shard {
  /** 1-based, as written in `--shard i/N`. */
  index: number;
  count: number;
  /** Sorted by tag. */
  locales: string[];
  /** Markdown files in those locales. */
  files: number;
}

export interface ShardSpec {
  index: number;
  count: number;
}

/** `count` shards of the locales (some empty when there are fewer locales than shards). */
export function planShards(sizes: ReadonlyMap<string, number>, count: number): Shard[] {
  const shards: Shard[] = Array.from({ length: count }, (_, i) => ({ index: i + 1, count, locales: [], files: 0 }));
  const largestFirst = [...sizes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  for (const [locale, files] of largestFirst) {
    // The lightest shard; the lowest-numbered among equals.
    const target = shards.reduce((best, shard) => (shard.files < best.files ? shard : best));
    target.locales.push(locale);
    target.files += files;
  }
  for (const shard of shards) shard.locales.sort();
  return shards;
}

/** The plan as a GitHub Actions matrix: one entry per shard that has locales. */
export function shardMatrix(shards: readonly Shard[]): { include: Array<{ shard: string; locales: string }> } {
  return {
    include: shards
      .filter((s) => s.locales.length > 0)
      .map((s) => ({ shard: `${s.index}/${s.count}`, locales: s.locales.join(',') })),
  };
}

export class ShardSpecError extends Error {}

/** `i/N` with 1 ≤ i ≤ N. */
export function parseShardSpec(text: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new ShardSpecError(
      `--shard takes i/N, a shard number i from 1 to N and the number of shards N (got "${text}"), e.g. --shard 2/4.`,
    );
  }
  return { index, count };
}

/** The locales of shard i/N of the content's plan. */
export function shardLocales(contentDir: string, spec: ShardSpec): string[] {
  const shard = planShards(localeSizes(contentDir), spec.count)[spec.index - 1]!;
  if (shard.locales.length === 0) {
    throw new ShardSpecError(
      `shard ${spec.index}/${spec.count} has no locales: the content has only ${listLocales(contentDir).length}; plan fewer shards (errata plan --shards N lists them).`,
    );
  }
  return shard.locales;
}
