/**
 * The front-matter fast path must mean exactly what the yaml package reads, on every
 * real file: same keys, values and positions. Files outside its subset go to yaml anyway.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { parseSimpleYaml } from '../../src/core/parse/simple-yaml.ts';
import { testTempDir } from '../helpers/content.ts';
import { corpusContent, itWithCorpus } from '../helpers/corpus.ts';

describe('front-matter fast path', () => {
  itWithCorpus(
    'reads every corpus front matter exactly as the yaml package does',
    async () => {
      const root = testTempDir('errata-yaml-');
      let compared = 0;
      let total = 0;
      for (const flavor of ['live', 'live-sxs'] as const) {
        const dir = await corpusContent(flavor, root);
        for (const name of readdirSync(dir, { recursive: true }).map(String)) {
          if (!name.endsWith('.md')) continue;
          total++;
          const text = readFileSync(join(dir, name), 'utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\r\n?/g, '\n');
          const slow = parseFrontMatter(name, text, { fastPath: false });
          if (slow.diagnostics.length > 0 || !parseSimpleYaml(slow.yaml, 2)) continue;
          const fast = parseFrontMatter(name, text);
          expect(fast.entries, name).toEqual(slow.entries);
          compared++;
        }
      }
      // The fast path must carry nearly all real files, or it is not worth having.
      expect(compared / total).toBeGreaterThan(0.95);
      // Every file of the 35 archives (~102,000): imported and parsed twice, beside other test files.
    },
    300_000,
  );

  it('declines what it cannot read with certainty', () => {
    for (const yaml of [
      'a: 1',
      'a: true',
      'a: null',
      'a: "x\\"y"',
      "a: 'it''s'",
      'a: x: y',
      'a: b # c',
      'a: [1, 2]',
      'a: |\n  x',
      'a: &x y',
      'a:\n- 1',
      'a:\n  b: c',
      '? a',
    ]) {
      expect(parseSimpleYaml(yaml, 2), yaml).toBeUndefined();
    }
    expect(parseSimpleYaml('title: Error 0x80070005\nms.custom:\n- "9801"\n- x', 2)!.map((e) => e.value)).toEqual([
      'Error 0x80070005',
      ['9801', 'x'],
    ]);
  });
});
