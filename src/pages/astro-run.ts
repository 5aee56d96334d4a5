/**
 * One Astro run, as the build's layout step and `errata dev` both make it: Astro lays out
 * `data` into a folder of its own, and `use` takes what it needs from there before the folder
 * goes. Astro stages its prerender bundle in `<cwd>/.astro/` when the output folder lies
 * outside the working directory, so every run gets a working directory of its own (inside the
 * project, so the staged chunks still resolve errata's node_modules), with its own
 * content-layer store and Vite cache: two runs at once (tests, shards, `errata dev` beside a
 * build) would otherwise overwrite each other's, or empty node_modules/.vite under each
 * other (ENOTEMPTY).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../page-data/site-data.ts';
import { setSiteData } from '../page-data/site-store.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';

export async function runAstro(data: SiteData, use: (astroOut: string) => void): Promise<void> {
  const cacheDir = join(PROJECT_ROOT, '.errata-cache');
  mkdirSync(cacheDir, { recursive: true });
  const cwd = mkdtempSync(join(cacheDir, 'astro-'));
  const before = process.cwd();
  process.chdir(cwd);
  const astroOut = join(cwd, 'site');
  try {
    setSiteData(data);
    const { build } = await import('astro');
    await build({
      root: PROJECT_ROOT,
      outDir: astroOut,
      site: data.site,
      cacheDir: join(cwd, 'astro-cache'),
      logLevel: (process.env.ERRATA_ASTRO_LOG as 'info' | undefined) ?? 'warn',
      vite: { logLevel: 'warn', build: { emptyOutDir: false }, cacheDir: join(cwd, 'vite-cache') },
    });
    use(astroOut);
  } finally {
    setSiteData(undefined);
    process.chdir(before);
    rmSync(cwd, { recursive: true, force: true });
  }
}
