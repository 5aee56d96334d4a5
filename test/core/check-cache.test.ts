/**
 * The check cache answers only for files whose own inputs did not change: every edit a
 * writer makes (the file, its source article, the registry, the files beside it) shows in
 * the next check exactly as it would without the cache.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import { bundledRegistry, FRONT_MATTER, makeContent, tempDir } from '../helpers/content.ts';

const SOURCE = `---\ntitle: Sign-in error AADSTS50000\nms.date: 03/19/2021\n---\n# AADSTS50000\n\nThe error \`TokenIssuanceError\` means the sign-in service failed.\n\n![Screen](media/screen.png)\n`;
const TRANSLATION = `${FRONT_MATTER('zh-TW')}# AADSTS50000\n\n錯誤 \`TokenIssuanceError\` 表示登入服務失敗。\n`;

function content(): string {
  return makeContent({
    ...bundledRegistry(),
    'en-us/a.md': SOURCE,
    'zh-tw/a.md': TRANSLATION,
    'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}AADSTS50000\n`,
  });
}

/** A check through the cache, and the same check without it: they must agree. */
async function both(contentDir: string, cacheDir: string) {
  const cachedSet = await checkContent({ contentDir, cacheDir });
  const fresh = await checkContent({ contentDir });
  // A run with the cache also knows each file's hash; everything else must be the same.
  const findings = (files: unknown) =>
    JSON.stringify(files, (key, value: unknown) => (key === 'sourceHash' ? undefined : value));
  expect(findings(cachedSet.files)).toBe(findings(fresh.files));
  return { fromCache: cachedSet.fromCache, rules: allDiagnostics(cachedSet).map((d) => `${d.file} ${d.rule}`) };
}

describe('check cache', () => {
  it('answers unchanged files from the cache with the same findings', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    const first = await both(dir, cache);
    expect(first.fromCache).toBe(0);
    expect(first.rules).toContain('en-us/a.md media-link-missing');
    const second = await both(dir, cache);
    expect(second.fromCache).toBe(3);
    expect(second.rules).toEqual(first.rules);
  });

  it('checks an edited file again', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    await both(dir, cache);
    appendFileSync(join(dir, 'zh-tw/b.md'), 'AADSTS99999\n');
    const after = await both(dir, cache);
    expect(after.fromCache).toBe(2);
    expect(after.rules).toContain('zh-tw/b.md error-code-unregistered');
  });

  it('checks a translation again when its source article changes', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    expect((await both(dir, cache)).rules).not.toContain('zh-tw/a.md invariant-lost-in-translation');
    writeFileSync(
      join(dir, 'en-us/a.md'),
      SOURCE.replace('sign-in service failed.', 'sign-in service failed: `InvalidRequest`.'),
    );
    expect((await both(dir, cache)).rules).toContain('zh-tw/a.md invariant-lost-in-translation');
  });

  it('checks a locale again when files are added beside its articles', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    await both(dir, cache);
    mkdirSync(join(dir, 'en-us/media'));
    writeFileSync(join(dir, 'en-us/media/screen.png'), 'png');
    expect((await both(dir, cache)).rules).not.toContain('en-us/a.md media-link-missing');
  });

  it('checks everything again when the registry changes', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    appendFileSync(join(dir, 'zh-tw/b.md'), 'AADSTS99999\n');
    expect((await both(dir, cache)).rules).toContain('zh-tw/b.md error-code-unregistered');
    appendFileSync(
      join(dir, 'error-codes/aadsts.yml'),
      "  - code: 'AADSTS99999'\n    name: TestError\n    summary: A test code.\n",
    );
    const after = await both(dir, cache);
    expect(after.fromCache).toBe(0);
    expect(after.rules).not.toContain('zh-tw/b.md error-code-unregistered');
  });

  it('ignores a damaged cache file', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    await both(dir, cache);
    for (const name of readdirSync(cache)) writeFileSync(join(cache, name), 'not a cache');
    expect((await both(dir, cache)).fromCache).toBe(0);
  });
});

describe('check cache, files answered by their stamps', () => {
  // A file is answered without being read only once it has not changed for a while
  // (read/file-stamp.ts): the clock is moved on rather than waited for.
  const later = () => vi.useFakeTimers({ now: Date.now() + 60_000, toFake: ['Date'] });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sees an edit that keeps the size and puts the modification time back', async () => {
    const dir = content();
    const cache = tempDir('errata-check-cache-');
    const file = join(dir, 'zh-tw/b.md');
    // A whole second, so that putting it back restores it exactly.
    const modified = new Date('2026-01-05T10:00:00Z');
    utimesSync(file, modified, modified);
    later();
    await both(dir, cache);
    expect((await both(dir, cache)).fromCache).toBe(3);
    // Same length, an unregistered code: only the bytes, and the change time, tell.
    writeFileSync(file, readFileSync(file, 'utf8').replace('AADSTS50000', 'AADSTS59999'));
    utimesSync(file, modified, modified);
    later();
    const after = await both(dir, cache);
    expect(after.fromCache).toBe(2);
    expect(after.rules).toContain('zh-tw/b.md error-code-unregistered');
  });
});
