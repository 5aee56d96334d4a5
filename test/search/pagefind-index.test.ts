/**
 * The Pagefind service is started with the settings writePagefindIndex gives it (read from
 * the service process's own environment, where Pagefind reads them), and this process's
 * environment is left as it was.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePagefindIndex } from '../../src/search/index/pagefind-index.ts';
import { tempDir } from '../helpers/content.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The environment of each Pagefind service this process has started and is still running (Linux /proc). */
function servicesEnvironments(): string[][] {
  const found: string[][] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid || !readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('pagefind')) continue;
      found.push(readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0'));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

describe.skipIf(process.platform !== 'linux')("Pagefind's service", () => {
  it('runs with the chunk size and the allocator setting, and the environment is put back', async () => {
    const out = tempDir('errata-pagefind-');
    dirs.push(out);
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '123';
    delete process.env._RJEM_MALLOC_CONF;
    const documents = Array.from({ length: 400 }, (_, i) => ({
      url: `/sv-se/page-${i}/`,
      html: `<html lang="sv-se"><body><main data-pagefind-body><h1>Sida ${i}</h1><p>AADSTS${50000 + i} fel ${'ord '.repeat(i % 50)}</p></main></body></html>`,
    }));
    const seen: string[][] = [];
    const watch = setInterval(() => seen.push(...servicesEnvironments()), 2);
    try {
      await writePagefindIndex(join(out, 'pagefind'), documents, { chunkSize: 10_000 });
    } finally {
      clearInterval(watch);
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    for (const environment of seen) {
      expect(environment).toContain('PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=10000');
      expect(environment).toContain('_RJEM_MALLOC_CONF=thp:always,metadata_thp:always');
    }
  });

  it('leaves this process environment as it was, a variable set or unset', async () => {
    const out = tempDir('errata-pagefind-');
    dirs.push(out);
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '123';
    delete process.env._RJEM_MALLOC_CONF;
    try {
      await writePagefindIndex(join(out, 'pagefind'), [
        { url: '/sv-se/a/', html: '<html lang="sv-se"><body><main data-pagefind-body><p>fel</p></main></body></html>' },
      ]);
      expect(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe('123');
      expect('_RJEM_MALLOC_CONF' in process.env).toBe(false);
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
  });
});
