/**
 * `errata dev` beside a build of the same content: the build's homes and search index are
 * used while they are current (no layout run), and dev's own once the listing has changed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { bundledRegistry, makeContent, REPO, tempDir } from '../helpers/content.ts';
import { waitFor } from './helpers/wait-for.ts';

const article = (title: string) => `---
title: ${title}
ms.date: 03/19/2021
---
# ${title}

The text of ${title}.
`;

let contentDir: string;
let outDir: string;
let dev: ChildProcess;
let output = '';
const until = waitFor(() => output, 50);
let url: string;

beforeAll(async () => {
  contentDir = makeContent({ ...bundledRegistry(), 'en-us/alpha.md': article('Alpha article') });
  outDir = join(tempDir('errata-dev-built-'), 'site');
  const built = errata(['build', '--content', contentDir, '--out', outDir]);
  expect(built.status, built.stderr).toBe(0);
  dev = spawn(
    process.execPath,
    [join(REPO, 'bin/errata.js'), 'dev', '--content', contentDir, '--port', '0', '--out', outDir],
    {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  dev.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  dev.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  url = await until(() => /^(http:\/\/localhost:\d+\/)$/m.exec(output)?.[1], 30_000, 'the URL');
}, 120_000);

afterAll(async () => {
  if (dev && dev.exitCode === null) {
    dev.kill('SIGTERM');
    await new Promise((done) => dev.once('exit', done));
  }
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe('errata dev beside a build', () => {
  it("serves the build's home and search index while they are current, with no layout run", async () => {
    const home = await fetch(`${url}en-us/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('Alpha article');
    expect(html).toContain('search uses the last build');
    expect(output).not.toMatch(/Laying out en-us: its homes/);
    const search = await fetch(`${url}en-us/pagefind/pagefind.js`);
    expect(search.status).toBe(200);
  });

  it('lays the home out itself once an article is added, and lists it', async () => {
    writeFileSync(join(contentDir, 'en-us/beta.md'), article('Beta article'));
    const html = await until(
      async () => {
        const text = await (await fetch(`${url}en-us/`)).text();
        return text.includes('Beta article') ? text : undefined;
      },
      60_000,
      'the new article on the home',
    );
    expect(html).toContain('Alpha article');
    expect(output).toMatch(/Laying out en-us: its homes/);
  }, 90_000);
});
