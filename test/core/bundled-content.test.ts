import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverSources } from '../../src/core/recover/recover-sources.ts';
import { REPO, tempDir } from '../helpers/content.ts';
import { SEED_CHECKSUMS, sha256 } from '../helpers/seeds.ts';
import { hasSeeds, SEEDS_DIR } from '../helpers/shared-data.ts';

const CONTENT = join(REPO, 'content');
const SLUG = 'troubleshoot-aadsts50000-error-code';

describe('bundled content', () => {
  it.skipIf(!hasSeeds)(
    'holds the five seed translations exactly as given, and the committed checksums are theirs',
    () => {
      const seeds = readdirSync(SEEDS_DIR)
        .filter((name) => name.endsWith('.txt'))
        .sort();
      expect(Object.keys(SEED_CHECKSUMS).sort()).toEqual(seeds);
      for (const seed of seeds) {
        const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
        const locale = /^ms\.contentlocale: (\S+)$/m.exec(text)![1]!.toLowerCase();
        expect(readFileSync(join(CONTENT, locale, `${SLUG}.md`), 'utf8'), seed).toBe(text);
        expect(SEED_CHECKSUMS[seed], seed).toEqual({ file: `${locale}/${SLUG}.md`, sha256: sha256(text) });
      }
    },
  );

  // Without the shared seeds (a fresh clone), the committed checksums stand in for them.
  it('holds the five seed translations as the committed checksums say', () => {
    expect(Object.keys(SEED_CHECKSUMS)).toHaveLength(5);
    for (const [seed, { file, sha256: expected }] of Object.entries(SEED_CHECKSUMS)) {
      expect(sha256(readFileSync(join(CONTENT, file))), seed).toBe(expected);
    }
  });

  it('holds every English source article as errata recover-source writes it', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    rmSync(join(dir, 'en-us'), { recursive: true });
    const written = recoverSources({ contentDir: dir, sourceLocale: 'en-us' });
    const sources = readdirSync(join(CONTENT, 'en-us'))
      .filter((name) => name.endsWith('.md'))
      .sort();
    expect(written.map((w) => w.file)).toEqual(sources.map((name) => `en-us/${name}`));
    expect(written.find((w) => w.file === `en-us/${SLUG}.md`)).toEqual({
      file: `en-us/${SLUG}.md`,
      from: `sv-se/${SLUG}.md`,
      segments: 7,
      untranslatedSegments: 0,
    });
    for (const w of written) {
      expect(w.untranslatedSegments, w.from).toBe(0);
      expect(readFileSync(join(dir, w.file), 'utf8'), w.file).toBe(readFileSync(join(CONTENT, w.file), 'utf8'));
    }
  });

  it('never overwrites a source article', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    expect(recoverSources({ contentDir: dir, sourceLocale: 'en-us' })).toEqual([]);
  });
});
