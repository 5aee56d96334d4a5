/**
 * The bundled content, built once and shared by every site test file: the first test file
 * to ask builds, others wait (helpers/made-once.ts), and the output is reused until a source,
 * content or UI-string file changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../../src/pipeline/build-site.ts';
import { REPO } from '../../helpers/content.ts';
import { madeOnce } from '../../helpers/made-once.ts';

export const SITE = 'https://errata.example';
const WATCHED = ['src', 'content', 'locales', 'astro.config.mjs', 'package-lock.json'];

export async function builtSite(): Promise<string> {
  const out = join(tmpdir(), 'errata-site-tests', fingerprint());
  await madeOnce(out, async () => {
    const result = await buildSite({ contentDir: join(REPO, 'content'), outDir: out, keepGoing: true, site: SITE });
    if (!result.published) throw new Error(`The bundled content did not build:\n${JSON.stringify(result.summary)}`);
    writeFileSync(join(out, 'build-timings.txt'), `${result.timings.join('\n')}\n`);
  });
  return out;
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
