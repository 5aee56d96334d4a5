import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeForms, parseCodeQuery } from '../../../src/core/codes/forms.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { REPO } from '../../helpers/content.ts';

const { registry } = loadRegistry(join(REPO, 'content'));
const family = (id: string) => registry.families.find((f) => f.id === id)!;
const formsOf = (code: string) => {
  const registered = registry.codes.get(code)!;
  return codeForms(registered, family(registered.family));
};

describe('codeForms', () => {
  it('offers what a reader might type for each family', () => {
    expect(formsOf('AADSTS50000')).toEqual(
      expect.arrayContaining(['AADSTS50000', 'aadsts50000', '50000', 'TokenIssuanceError']),
    );
    expect(formsOf('0x8004de40')).toEqual(expect.arrayContaining(['0x8004de40', '0x8004DE40', '8004de40', '8004DE40']));
    expect(formsOf('5.7.501')).toEqual(expect.arrayContaining(['5.7.501', '550 5.7.501']));
    expect(formsOf('30125-4')).toEqual(expect.arrayContaining(['30125-4', '30125 4', '30125']));
  });

  it('leaves out forms too short or too shared to mean one error', () => {
    expect(formsOf('30125-4')).not.toContain('4');
    expect(formsOf('0-1036')).not.toContain('0');
    expect(formsOf('5.7.501')).not.toContain('550');
    expect(formsOf('0x15')).not.toContain('15');
  });

  it('works from a bare canonical string too', () => {
    const forms = codeForms('0x80070005', family('hresult'));
    expect(forms).toEqual(expect.arrayContaining(['0x80070005', '80070005']));
    expect(forms).not.toContain('E_ACCESSDENIED');
  });
});

describe('parseCodeQuery', () => {
  it('maps every form of every registered code back to that code', () => {
    const misses: string[] = [];
    for (const code of registry.codes.values()) {
      for (const form of codeForms(code, family(code.family))) {
        if (!parseCodeQuery(form, registry).includes(code.code)) misses.push(`${form} → ${code.code}`);
        if (!parseCodeQuery(`error ${form}`, registry).includes(code.code)) misses.push(`error ${form} → ${code.code}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it.each([
    ['aadsts 50000', ['AADSTS50000']],
    ['ＡＡＤＳＴＳ５００００', ['AADSTS50000']],
    ['OneDrive 0X8004DE40?', ['0x8004de40']],
    ['"550 5.7.501"', ['5.7.501']],
    ['30125', ['30125-4', '30125-1011']],
    ['30125 4', ['30125-4']],
    ['WSAECONNREFUSED', ['10061']],
  ])('reads %s as %j', (query, codes) => {
    expect(parseCodeQuery(query, registry)).toEqual(codes);
  });

  it('recognizes a well-formed code that is not registered, so search can say so', () => {
    expect(parseCodeQuery('AADSTS90002', registry)).toEqual(['AADSTS90002']);
  });

  it.each(['reset my password', '2021-03-19', '192.168.1.1', 'Office 2016', '4', '550'])(
    'finds no code in %j',
    (query) => {
      expect(parseCodeQuery(query, registry)).toEqual([]);
    },
  );
});
