import { describe, expect, it } from 'vitest';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import { REPO } from '../helpers/content.ts';

const SLUG = 'troubleshoot-aadsts50000-error-code';

describe('the bundled seed article', async () => {
  const set = await checkContent({ contentDir: `${REPO}content` });
  const diagnostics = allDiagnostics(set);
  const of = (locale: string) => diagnostics.filter((d) => d.file === `${locale}/${SLUG}.md`);

  const seed = set.articles.filter((a) => a.slug === SLUG);

  it('reads all six of its locales, en-us being the recovered source', () => {
    expect(set.locales).toEqual(expect.arrayContaining(['ar-sa', 'en-us', 'sv-se', 'uk-ua', 'vi-vn', 'zh-tw']));
    expect(seed.map((a) => `${a.locale}:${a.meta.translation}`)).toEqual([
      'en-us:source',
      'ar-sa:MT',
      'sv-se:MT',
      'uk-ua:MT',
      'vi-vn:MT',
      'zh-tw:HT',
    ]);
    expect(seed.every((a) => a.codes.includes('AADSTS50000'))).toBe(true);
  });

  it('reports the symbolic name uk-UA lost to machine translation, at its line', () => {
    const lost = of('uk-ua').filter((d) => d.rule === 'invariant-lost-in-translation');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ line: 27, severity: 'error' });
    expect(lost[0]!.message).toContain('TokenIssuanceError');
    for (const locale of ['ar-sa', 'sv-se', 'vi-vn', 'zh-tw', 'en-us']) {
      expect(
        of(locale).filter((d) => d.rule === 'invariant-lost-in-translation'),
        locale,
      ).toEqual([]);
    }
  });

  it('marks uk-UA, ar-SA and sv-SE stale and zh-TW and vi-VN current, as notes', () => {
    const stale = seed.filter((a) => a.stale).map((a) => a.locale);
    expect(stale).toEqual(['ar-sa', 'sv-se', 'uk-ua']);
    const notes = diagnostics.filter((d) => d.rule === 'translation-stale' && d.file.endsWith(`/${SLUG}.md`));
    expect(notes.map((d) => d.file.split('/')[0])).toEqual(['ar-sa', 'sv-se', 'uk-ua']);
    expect(notes.every((d) => d.severity === 'info' && d.line === 16)).toBe(true);
  });

  it('has no other errors or warnings: every code it mentions is registered', () => {
    const others = diagnostics.filter(
      (d) => d.file.endsWith(`/${SLUG}.md`) && d.severity !== 'info' && d.rule !== 'invariant-lost-in-translation',
    );
    expect(others).toEqual([]);
  });
});
