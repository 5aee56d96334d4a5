import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverSources } from '../../src/core/recover/recover-sources.ts';
import { REPO, SEEDS, tempDir } from '../helpers/content.ts';

const CONTENT = join(REPO, 'content');
const SLUG = 'troubleshoot-aadsts50000-error-code';

describe('bundled content', () => {
  it('holds the five seed translations exactly as given', () => {
    for (const seed of readdirSync(SEEDS)) {
      const text = readFileSync(join(SEEDS, seed), 'utf8');
      const locale = /^ms\.contentlocale: (\S+)$/m.exec(text)![1]!.toLowerCase();
      expect(readFileSync(join(CONTENT, locale, `${SLUG}.md`), 'utf8'), seed).toBe(text);
    }
  });

  it('holds the English source as errata recover-source writes it', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    rmSync(join(dir, 'en-us'), { recursive: true });
    const written = recoverSources({ contentDir: dir, sourceLocale: 'en-us' });
    expect(written).toEqual([{ file: `en-us/${SLUG}.md`, from: `sv-se/${SLUG}.md`, segments: 7, untranslatedSegments: 0 }]);
    expect(readFileSync(join(dir, 'en-us', `${SLUG}.md`), 'utf8')).toBe(readFileSync(join(CONTENT, 'en-us', `${SLUG}.md`), 'utf8'));
  });

  it('never overwrites a source article', () => {
    const dir = tempDir();
    cpSync(CONTENT, dir, { recursive: true });
    expect(recoverSources({ contentDir: dir, sourceLocale: 'en-us' })).toEqual([]);
  });
});
