/** A cold `errata build` of a content folder, as the build benchmarks run it. */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, type Measured } from './process-tree.ts';

export const ROOT = new URL('../', import.meta.url).pathname;

/** A cold build: no render cache, no page manifest, no Astro store, no compile cache, no output. */
export function clearCaches(out: string): void {
  // Retried: on a shared checkout another errata may be writing into the cache meanwhile.
  const gone = { recursive: true, force: true, maxRetries: 10, retryDelay: 200 };
  rmSync(join(ROOT, '.errata-cache'), gone);
  rmSync(join(ROOT, 'node_modules/.astro'), gone);
  rmSync(join(tmpdir(), 'errata-compile-cache'), gone);
  rmSync(out, gone);
}

export type ErrataBuild = Measured & { pages: number };

/** `errata build --keep-going` of `content` into `out`, measured; throws when the build fails. */
export async function errataBuild(content: string, out: string, args: string[] = []): Promise<ErrataBuild> {
  const result = await measure(
    process.execPath,
    [join(ROOT, 'bin/errata.js'), 'build', '--content', content, '--out', out, '--keep-going', ...args],
    ROOT,
  );
  if (result.status !== 0)
    throw new Error(`errata build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return { ...result, pages: report(out).summary.built };
}

interface Report {
  summary: { built: number };
  files: Array<{ file: string; status: string }>;
}

function report(out: string): Report {
  return JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8')) as Report;
}

/** The articles a build published (its report's `built` files), as `<locale>/<slug>.md`. */
export function builtFiles(out: string): string[] {
  return report(out)
    .files.filter((f) => f.status === 'built')
    .map((f) => f.file);
}
