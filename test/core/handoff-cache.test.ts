/**
 * A build reads every locale's handoffs (the source hash and date staleness compares); the
 * cache answers files that have not changed by their stamps, and every edit still shows.
 */
import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoffCache } from '../../src/core/check/handoff-cache.ts';
import { readHandoffs } from '../../src/core/check/read-handoffs.ts';
import { listLocaleFiles } from '../../src/core/read/content-files.ts';
import { FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';

// A whole second in the past, so that putting a file's modification time back restores it exactly.
const MODIFIED = new Date('2026-01-05T10:00:00Z');

function content(): string {
  const dir = makeContent({
    'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# A\n`,
    'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n`,
    'zh-tw/c.md': new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00]),
  });
  for (const name of ['a.md', 'b.md', 'c.md']) utimesSync(join(dir, 'zh-tw', name), MODIFIED, MODIFIED);
  return dir;
}

/** A build's read of the locale through a cache saved at the end, as the check process does. */
function read(contentDir: string, cacheDir: string) {
  const cache = new HandoffCache(cacheDir, contentDir);
  const handoffs = cache.read(listLocaleFiles(contentDir, 'zh-tw'));
  cache.save();
  expect(handoffs).toEqual(readHandoffs(listLocaleFiles(contentDir, 'zh-tw')));
  return { handoffs, filesRead: cache.filesRead };
}

describe('handoff cache', () => {
  // Files are answered by their stamps only once they have not changed for a while: the clock moves on rather than waits.
  const later = () => vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the files once, then answers them unread with the same handoffs', () => {
    const dir = content();
    const cache = tempDir('errata-handoff-cache-');
    later();
    const first = read(dir, cache);
    expect(first.filesRead).toBe(3);
    expect(first.handoffs.map((h) => h.file)).toEqual(['zh-tw/a.md', 'zh-tw/b.md']);
    expect(read(dir, cache).filesRead).toBe(0);
  });

  it('reads an edited file again, even one that kept its size and modification time', () => {
    const dir = content();
    const cache = tempDir('errata-handoff-cache-');
    later();
    read(dir, cache);
    const file = join(dir, 'zh-tw/b.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('63689ea5afea', '0000000000ff'));
    utimesSync(file, MODIFIED, MODIFIED);
    later();
    const after = read(dir, cache);
    expect(after.filesRead).toBe(1);
    expect(after.handoffs.find((h) => h.file === 'zh-tw/b.md')?.hash).toMatch(/^0000000000ff/);
  });

  it('reads files changed moments ago every time, until they have settled', () => {
    // Just written (a file's change time moves with its modification time put back, too).
    const dir = content();
    const cache = tempDir('errata-handoff-cache-');
    read(dir, cache);
    expect(read(dir, cache).filesRead).toBe(3);
    later();
    expect(read(dir, cache).filesRead).toBe(3);
    expect(read(dir, cache).filesRead).toBe(0);
  });

  it('reads everything when the cache file is damaged, and leaves out deleted files', () => {
    const dir = content();
    const cache = tempDir('errata-handoff-cache-');
    later();
    read(dir, cache);
    rmSync(join(dir, 'zh-tw/a.md'));
    expect(read(dir, cache).handoffs.map((h) => h.file)).toEqual(['zh-tw/b.md']);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'not a cache');
    expect(read(dir, cache).filesRead).toBe(2);
  });
});
