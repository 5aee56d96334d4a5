/**
 * What errata handoff writes is valid XLIFF 2.1: checked by libxml2 (xmllint-wasm: no Java, no
 * network) against the OASIS core schema and the Metadata module's, vendored in
 * fixtures/xliff-2.1/ (see its README).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { makeHandoff } from '../../../src/core/translate/handoff.ts';
import { writeXliff } from '../../../src/core/translate/xliff-write.ts';
import { REPO } from '../../helpers/content.ts';
import { docset, handoffXliff, TODAY, validateXliff } from './helpers.ts';

describe('the XLIFF errata handoff writes', () => {
  it('validates against the XLIFF 2.1 core and metadata schemas: a docset with codes, links, tables and a CR LF', async () => {
    const content = docset({
      'en-us/crlf.md': '---\r\ntitle: Windows lines\r\n---\r\nA line\r\nand \u0007 a bell, then *emphasis*.\r\n',
    });
    const { xliff } = handoffXliff(content, 'sv-se', { pseudo: true });
    expect(xliff).toContain('<cp hex="000D"/>');
    expect(xliff).toContain('<cp hex="0007"/>');
    expect(await validateXliff(xliff)).toEqual({ valid: true, errors: [] });
    expect(await validateXliff(handoffXliff(content, 'zh-tw').xliff)).toEqual({ valid: true, errors: [] });
  });

  it('validates for the bundled sample: stale and missing articles, and every article of a CJK locale', async () => {
    const contentDir = join(REPO, 'content');
    const { registry } = loadRegistry(contentDir);
    const everything = readdirSync(join(contentDir, 'en-us'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    // zh-tw has nothing stale or missing: it gets every article.
    for (const [locale, slugs] of [['sv-se'], ['ar-sa'], ['zh-tw', everything]] as const) {
      const { handoff } = makeHandoff({
        contentDir,
        registry,
        locale,
        today: TODAY,
        pseudo: true,
        ...(slugs ? { slugs } : {}),
      });
      expect(handoff.files.length, locale).toBeGreaterThan(0);
      expect(await validateXliff(writeXliff(handoff)), locale).toEqual({ valid: true, errors: [] });
    }
  });

  it('would catch an invalid file (the validator is not a rubber stamp)', async () => {
    const { xliff } = handoffXliff(docset(), 'sv-se');
    const result = await validateXliff(xliff.replace('canDelete="no"', 'canDelete="never"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/canDelete/);
    const meta = await validateXliff(xliff.replace('<mda:meta type=', '<mda:meta kind='));
    expect(meta.valid).toBe(false);
  });
});
