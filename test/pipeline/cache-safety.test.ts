/**
 * The cache cannot be poisoned: builds of one content folder at the same time wait for each
 * other instead of writing one store at once, and a stored render whose bytes are not the
 * ones stored is rendered again, never published.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';

const ARTICLES = 6;
const text = (locale: string, i: number, version: number) =>
  `Article ${i} of ${locale}, version ${version}: word${i}x${version}.`;
const article = (locale: string, tag: string, i: number, version: number) =>
  `${FRONT_MATTER(tag)}# Title ${i}\n\n${text(locale, i, version)}\n`;

function content(version: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) {
    files[`sv-se/article-${i}.md`] = article('sv-se', 'sv-SE', i, version);
    files[`zh-tw/article-${i}.md`] = article('zh-tw', 'zh-TW', i, 1);
  }
  return makeContent(files);
}

/** Every article page of `out` shows its own text, of `version` for sv-se. */
function expectOwnText(out: string, version: number): void {
  for (let i = 0; i < ARTICLES; i++) {
    expect(readFileSync(join(out, `sv-se/article-${i}/index.html`), 'utf8'), `sv-se ${i}`).toContain(
      text('sv-se', i, version),
    );
    expect(readFileSync(join(out, `zh-tw/article-${i}/index.html`), 'utf8'), `zh-tw ${i}`).toContain(
      text('zh-tw', i, 1),
    );
  }
}

function build(dir: string, out: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(REPO, 'bin/errata.js'), 'build', '--content', dir, '--out', out, '--keep-going'],
      { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('the build cache', () => {
  it('gives every page its own text when two builds run at once after every article of a locale changed, and in the next build', async () => {
    const dir = content(1);
    const first = tempDir();
    expect((await build(dir, first)).status).toBe(0);
    expectOwnText(first, 1);
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(dir, `sv-se/article-${i}.md`), article('sv-se', 'sv-SE', i, 2));

    const [a, b] = [tempDir(), tempDir()];
    const [runA, runB] = await Promise.all([build(dir, a), build(dir, b)]);
    expect(runA.status, runA.stderr).toBe(0);
    expect(runB.status, runB.stderr).toBe(0);
    expectOwnText(a, 2);
    expectOwnText(b, 2);
    // One waited for the other, and said so.
    expect(`${runA.stderr}${runB.stderr}`).toMatch(
      /another build is using the content folder .*; waiting for it to finish/,
    );

    // The next build, into the first build's folder, from the cache both left.
    const next = errata(['build', '--content', dir, '--out', first, '--keep-going']);
    expect(next.status, next.stderr).toBe(0);
    expectOwnText(first, 2);
  });

  it('renders again an article whose stored HTML was damaged, instead of publishing it', () => {
    const dir = content(1);
    expect(errata(['build', '--content', dir, '--out', tempDir(), '--keep-going']).status).toBe(0);
    // Damage the render store: every stored HTML byte swapped for another, the length kept.
    const store = join(REPO, '.errata-cache', `render-${createHash('sha1').update(dir).digest('hex').slice(0, 12)}`);
    const data = readdirSync(store).filter((name) => name.endsWith('.html'));
    expect(data.length).toBeGreaterThan(0);
    for (const name of data) {
      const bytes = readFileSync(join(store, name));
      writeFileSync(
        join(store, name),
        Buffer.from(bytes.map((byte) => (byte === 0x78 ? 0x79 : byte === 0x79 ? 0x78 : byte))),
      );
    }
    const out = tempDir();
    const rebuilt = errata(['build', '--content', dir, '--out', out, '--keep-going']);
    expect(rebuilt.status, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/\(\d+ rendered, 0 cached\)/);
    expectOwnText(out, 1);
  });
});
