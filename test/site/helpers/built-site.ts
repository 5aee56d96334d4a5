/**
 * The bundled content, built once and shared by every site test file: the first test file
 * to ask builds (others wait on a lock), and the output is reused until a source, content
 * or UI-string file changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../../src/pipeline/build-site.ts';
import { REPO } from '../../helpers/content.ts';

export const SITE = 'https://errata.example';
const WATCHED = ['src', 'content', 'locales', 'astro.config.mjs', 'package-lock.json'];
const WAIT_MS = 10 * 60_000;

export async function builtSite(): Promise<string> {
  const out = join(tmpdir(), 'errata-site-tests', fingerprint());
  const done = join(out, '.complete');
  const lock = `${out}.lock`;
  mkdirSync(join(tmpdir(), 'errata-site-tests'), { recursive: true });
  const started = Date.now();
  while (!existsSync(done)) {
    if (takeLock(lock)) {
      try {
        rmSync(out, { recursive: true, force: true });
        const result = await buildSite({ contentDir: join(REPO, 'content'), outDir: out, keepGoing: true, site: SITE });
        if (!result.published) throw new Error(`The bundled content did not build:\n${JSON.stringify(result.summary)}`);
        writeFileSync(join(out, 'build-timings.txt'), `${result.timings.join('\n')}\n`);
        writeFileSync(done, '');
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      break;
    }
    if (Date.now() - started > WAIT_MS) throw new Error(`Waited too long for another test's site build (${lock}).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return out;
}

/** mkdir is atomic: whoever creates the lock builds. A lock left by a killed run expires. */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > WAIT_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Released meanwhile.
    }
    return false;
  }
}

function fingerprint(): string {
  const hash = createHash('sha1');
  const visit = (path: string) => {
    const full = join(REPO, path);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(join(path, name));
    } else {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  WATCHED.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}
