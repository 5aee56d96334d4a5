/** Where the error lookup takes a reader, given the codes of the pasted message and /api/codes.json. */
import { describe, expect, it } from 'vitest';
import { lookupTarget, type CodesFile } from '../../src/search/client/lookup-target.ts';

const file: CodesFile = {
  sourceLocale: 'en-us',
  codes: {
    AADSTS50000: { family: 'aadsts', name: 'TokenIssuanceError', urls: { 'en-us': '/en-us/a/', 'zh-tw': '/zh-tw/a/' } },
    '5.7.501': { family: 'smtp', urls: { 'en-us': '/en-us/b/' } },
  },
};
const found = (...codes: Array<[string, boolean]>) => codes.map(([code, indexed]) => ({ code, indexed }));

describe('error lookup target', () => {
  it('is the article in the reader’s language', () => {
    expect(lookupTarget(found(['AADSTS50000', true]), file, 'zh-tw')).toEqual({
      kind: 'article',
      code: 'AADSTS50000',
      url: '/zh-tw/a/',
    });
  });

  it('prefers any code with an article in the reader’s language over the first code named', () => {
    expect(lookupTarget(found(['5.7.501', false], ['AADSTS50000', true]), file, 'zh-tw')).toMatchObject({
      kind: 'article',
      code: 'AADSTS50000',
    });
  });

  it('is a page of the reader’s language mentioning the code, before the English article', () => {
    expect(lookupTarget(found(['5.7.501', true]), file, 'zh-tw')).toEqual({ kind: 'search', code: '5.7.501' });
  });

  it('falls back to the English article, to be shown with a notice', () => {
    expect(lookupTarget(found(['5.7.501', false]), file, 'zh-tw')).toEqual({
      kind: 'source',
      code: '5.7.501',
      url: '/en-us/b/',
    });
  });

  it('is nowhere for an unknown code or a message without one', () => {
    expect(lookupTarget(found(['AADSTS99999', false]), file, 'zh-tw')).toEqual({
      kind: 'unknown',
      code: 'AADSTS99999',
    });
    expect(lookupTarget([], file, 'zh-tw')).toEqual({ kind: 'none' });
  });
});
