import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { validateFrontMatter } from '../../src/core/schema/validate-front-matter.ts';

const check = (text: string, locale = 'zh-tw') => {
  const fm = parseFrontMatter('zh-tw/a.md', text);
  const { meta, diagnostics } = validateFrontMatter(fm, {
    file: 'zh-tw/a.md',
    locale,
    isSourceLocale: locale === 'en-us',
  });
  return { fm, meta, diagnostics: [...fm.diagnostics, ...diagnostics] };
};
const rules = (text: string, locale?: string) =>
  check(text, locale).diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`);

const GOOD = `---
title: 疑難排解 AADSTS50000 錯誤碼
ms.date: 03/19/2021
ROBOTS: NOINDEX, NOFOLLOW
ms.custom:
- "9801"
ms.openlocfilehash: 09c1a831c85ec6752c1df90b78d4a12158b4c9164b0cb388abf84fff745d35b3
ms.translationtype: HT
ms.contentlocale: zh-TW
ms.lasthandoff: 08/05/2021
---
# Body
`;

describe('front matter', () => {
  it('reads a valid translation and normalizes dates to ISO', () => {
    const { meta, diagnostics, fm } = check(GOOD);
    expect(diagnostics).toEqual([]);
    expect(meta).toMatchObject({
      title: '疑難排解 AADSTS50000 錯誤碼',
      date: '2021-03-19',
      lastHandoff: '2021-08-05',
      translation: 'HT',
      contentLocale: 'zh-TW',
      robots: { index: false, follow: false },
    });
    expect(fm.bodyLine).toBe(12);
    expect(fm.body).toBe('# Body\n');
  });

  it('suggests the key a misspelled one was meant to be, at its line', () => {
    const text = GOOD.replace('ROBOTS: NOINDEX, NOFOLLOW\n', 'ms.reviwer: someone\nms,.custom: x\nms-custom: y\n');
    const unknown = check(text).diagnostics.filter((d) => d.rule === 'front-matter-unknown-key');
    expect(unknown.map((d) => [d.line, d.severity, d.message])).toEqual([
      [4, 'warning', 'Unknown front-matter key "ms.reviwer"; did you mean "ms.reviewer"?'],
      [5, 'warning', 'Unknown front-matter key "ms,.custom"; did you mean "ms.custom"?'],
      [6, 'warning', 'Unknown front-matter key "ms-custom"; did you mean "ms.custom"?'],
    ]);
  });

  it('rejects impossible calendar dates and wrong enums at the value', () => {
    const text = GOOD.replace('03/19/2021', '02/30/2021').replace(
      'ms.translationtype: HT',
      'ms.translationtype: Machine',
    );
    expect(rules(text)).toEqual(['front-matter-invalid-value@3:10', 'front-matter-invalid-value@8:21']);
    expect(check(text).diagnostics[0]!.hint).toContain('M/D/YYYY');
  });

  it('warns on an empty date instead of failing', () => {
    expect(rules(GOOD.replace('ms.date: 03/19/2021', "ms.date: ''"))).toEqual(['front-matter-date-empty@3:10']);
  });

  it('reports a content locale that does not match the folder', () => {
    expect(rules(GOOD, 'vi-vn')).toEqual(['front-matter-locale-mismatch@9:19']);
  });

  it('reports missing front matter, unclosed front matter and missing title', () => {
    expect(rules('# Just a body\n')).toEqual(['front-matter-missing@1:1']);
    expect(rules('---\ntitle: x\n')).toEqual(['front-matter-unclosed@1:1']);
    expect(rules('---\nms.date: 03/19/2021\n---\nbody', 'en-us')).toEqual(['front-matter-missing-key@1:1']);
  });

  it('turns almost-YAML into a diagnostic at the offending line', () => {
    const d = check('---\ntitle: Error: the thing: failed\nms.date: 03/19/2021\n---\n').diagnostics;
    expect(d[0]).toMatchObject({ rule: 'front-matter-yaml', line: 2, severity: 'error' });
  });

  it('survives alias bombs and __proto__ keys', () => {
    const bomb = [
      '---',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '__proto__: {polluted: true}',
      'title: t',
      '---',
      '',
    ].join('\n');
    const { meta, diagnostics } = check(bomb, 'en-us');
    expect(diagnostics.some((d) => d.rule === 'front-matter-yaml' && /alias/i.test(d.message))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(meta.raw)).toBeNull();
    expect(diagnostics.some((d) => d.rule === 'front-matter-unknown-key' && d.message.includes('__proto__'))).toBe(
      true,
    );
  });
});
