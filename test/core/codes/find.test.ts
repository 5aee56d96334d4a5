import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalCode, findCodes } from '../../../src/core/codes/find.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { REPO } from '../../helpers/content.ts';
import { seedNames, seedText } from '../../helpers/seeds.ts';

const { registry } = loadRegistry(join(REPO, 'content'));
const family = (id: string) => registry.families.find((f) => f.id === id)!;
const codesIn = (text: string) => findCodes(text, registry).map((m) => m.code);

const RFC6749 = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
];

describe('findCodes on the seed article in five locales', () => {
  it.each(seedNames())('%s carries AADSTS50000 and the six RFC 6749 identifiers, and nothing else', (name) => {
    const text = seedText(name);
    const matches = findCodes(text, registry);
    expect(new Set(matches.map((m) => m.code))).toEqual(new Set(['AADSTS50000', ...RFC6749]));
    for (const m of matches) expect(text.slice(m.index, m.index + m.written.length)).toBe(m.written);
    // The anchor slug counts too: search must reach the article from it.
    expect(matches.some((m) => m.written === 'aadsts50000')).toBe(true);
  });
});

describe('findCodes on written forms', () => {
  it('finds each family in its usual forms and gives the canonical code', () => {
    const text =
      'Sign-in fails with aadsts50011, OneDrive with 0x8004DE40, mail with 550 5.7.501 or 5.7.23, ' +
      'Office with 30125-4 or 0-1036, the token endpoint with invalid_grant, and Winsock error 10061.';
    expect(findCodes(text, registry).map((m) => [m.code, m.family, m.written])).toEqual([
      ['AADSTS50011', 'aadsts', 'aadsts50011'],
      ['0x8004de40', 'hresult', '0x8004DE40'],
      ['5.7.501', 'smtp', '550 5.7.501'],
      ['5.7.23', 'smtp', '5.7.23'],
      ['30125-4', 'office-install', '30125-4'],
      ['0-1036', 'office-install', '0-1036'],
      ['invalid_grant', 'oauth2', 'invalid_grant'],
      ['10061', 'winsock', '10061'],
    ]);
    expect(findCodes('550 5.7.501', registry)[0]!.basic).toBe('550');
  });

  it('finds codes next to CJK and Arabic text, which has no spaces around them', () => {
    expect(codesIn('登入錯誤AADSTS50011。')).toEqual(['AADSTS50011']);
    expect(codesIn('安裝 Office 時的錯誤碼30125-4 或30125-1011')).toEqual(['30125-4', '30125-1011']);
    expect(codesIn('رمز الخطأ 550 5.7.705 رفض الوصول')).toEqual(['5.7.705']);
  });

  it("reports unregistered codes of a known family, such as a translation's damaged copy", () => {
    expect(findCodes('lỗi 0x8006de40 khi khởi chạy OneDrive', registry)).toEqual([
      { code: '0x8006de40', family: 'hresult', written: '0x8006de40', index: 4 },
    ]);
    expect(registry.codes.has('0x8006de40')).toBe(false);
  });

  it('counts hex without 0x, or shorter than eight digits, only when the code is registered', () => {
    expect(codesIn('The "80048163" error when a federated user signs in')).toEqual(['0x80048163']);
    expect(codesIn('ms.locfileid: "53939838" and build 80041318')).toEqual([]);
    expect(codesIn('Error code 0x15, clcid=0x409')).toEqual(['0x15']);
  });

  it.each([
    ['dates', 'Updated 2021-03-19, 19.03.2021, 3/19/2021, 5.7.2021 and 4.5.2021'],
    [
      'version numbers',
      'Office 16.0.13801.20266, TLS 1.2, Windows 10.0.19041.331, .NET Framework 4.7.2, version 4.5.1, v5.2.0, 2.5.1.4',
    ],
    ['IP addresses', 'Allow 40.92.0.0/15, 52.100.5.7 and 10.5.7.501 through the firewall'],
    ['phone numbers', 'Call 1-800-642-7676 or +46 8 752 56 00 or 0-800-123-456'],
    ['KB and ticket numbers', 'See KB4567523, help/2984402, ms.custom "9005744", linkid=2164955'],
    ['ranges and durations', 'Wait 30-90 days, 24-48 hours, Outlook 97-2002, items 3-4'],
    ['GUIDs and hashes', 'article/caa0f310-0bb7-48e3-8ad2-cb4c7a8e1d23 and 09c1a831c85ec6752c1df90b78d4a12158b4c916'],
    ['sxs markup ids', '<span data-ttu-id="30125-102">x</span><span data-stu-id="0-1011">y</span>'],
    ['lookalike words', 'the reference-aadsts-error-codes page, clcid=0x409, Python3.5.1, aadsts, invalid_grants'],
  ])('does not take %s for codes', (_, text) => {
    expect(findCodes(text, registry)).toEqual([]);
  });

  it('gives offsets that point at the code in a long document, and resets between calls', () => {
    const text = `${'padding text. '.repeat(5000)}AADSTS50000`;
    expect(findCodes(text, registry)).toEqual([
      { code: 'AADSTS50000', family: 'aadsts', written: 'AADSTS50000', index: text.length - 11 },
    ]);
    expect(findCodes(text, registry)).toHaveLength(1);
  });
});

describe('canonicalCode', () => {
  it.each([
    ['aadsts50000', 'aadsts', 'AADSTS50000'],
    ['ADSTS50011', 'aadsts', 'AADSTS50011'],
    ['0X8004DE40', 'hresult', '0x8004de40'],
    ['8004DE40', 'hresult', '0x8004de40'],
    ['550 5.7.501', 'smtp', '5.7.501'],
    [' 30125-4 ', 'office-install', '30125-4'],
  ])('%s in %s is %s', (written, id, canonical) => {
    expect(canonicalCode(written, family(id))).toBe(canonical);
  });

  it('is undefined for text that is not one whole code of the family', () => {
    expect(canonicalCode('AADSTS50000 and more', family('aadsts'))).toBeUndefined();
    expect(canonicalCode('0x8004de40', family('smtp'))).toBeUndefined();
    expect(canonicalCode('1.2.3', family('smtp'))).toBeUndefined();
  });
});
