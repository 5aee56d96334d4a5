/**
 * How the search reads a query, with the registry the browser gets (compiled from the data
 * written into search.js, not from the YAML): every written form of a code leads to the
 * same index token, a code-shaped query for an unknown code to none, words to script-aware terms.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { holdsLiteral, planQuery } from '../../src/search/client/query-plan.ts';
import { rankByPhrases } from '../../src/search/client/rank.ts';
import { clientCodeData } from '../../src/search/index/page-codes.ts';
import { searchDocuments } from '../../src/search/index-locale.ts';
import { codeToken, titleCharToken } from '../../src/search/shared/index-tokens.ts';
import { clientRegistry } from '../../src/search/shared/search-data.ts';
import { REPO } from './helpers/locale-pages.ts';
import { samplePages } from './helpers/sample-pages.ts';

const { registry: serverRegistry } = loadRegistry(join(REPO, 'content'));
const pages = samplePages(
  'en-us',
  [{ slug: 'a', title: 'AADSTS50000 and 0x8004de40', paragraphs: ['See also 550 5.7.501, 30125-4 and AADSTS90099.'] }],
  serverRegistry,
);
const client = clientCodeData(
  serverRegistry,
  searchDocuments(pages, serverRegistry).flatMap((d) => d.codes),
);
// The browser's registry: plain data through JSON, compiled back.
const registry = clientRegistry(JSON.parse(JSON.stringify(client)));
const indexed = new Set(client.indexed);
const tokens = (query: string) => {
  const plan = planQuery(query, registry, indexed);
  return plan.kind === 'codes' ? plan.tokens : [];
};

describe('a query naming a code', () => {
  it.each([
    [
      'AADSTS50000',
      [
        'AADSTS50000',
        'aadsts50000',
        'Aadsts50000',
        'aAdStS50000',
        'ADSTS50000',
        '50000',
        'TokenIssuanceError',
        'tokenissuanceerror',
        'TOKENISSUANCEERROR',
        'Tokenissuanceerror',
        'ＡＡＤＳＴＳ５００００',
        'AADSTS50000: There was an error issuing a token.',
      ],
    ],
    [
      '0x8004de40',
      ['0x8004de40', '0x8004DE40', '0X8004DE40', '0X8004de40', '0x8004De40', '8004de40', '8004DE40', '8004De40'],
    ],
    ['5.7.501', ['5.7.501', '550 5.7.501', '550-5.7.501', 'Remote Server returned 550 5.7.501 Access denied']],
    ['30125-4', ['30125-4', '30125 4']],
  ])('asks the index for %s in every form', (code, forms) => {
    for (const form of forms) expect(tokens(form), form).toEqual([codeToken(code)]);
  });

  it('asks for every code an Office number may mean, by its first number or a distinctive second one', () => {
    expect(tokens('30125')).toEqual([codeToken('30125-4')]);
    expect(planQuery('1011', registry, indexed)).toMatchObject({ kind: 'codes', codes: ['30125-1011'], tokens: [] });
    expect(planQuery('4', registry, indexed)).toMatchObject({ kind: 'text' });
  });

  it('finds an unregistered code the pages mention by its number too', () => {
    expect(tokens('90099')).toEqual([codeToken('AADSTS90099')]);
  });

  it('asks for nothing when the code exists nowhere, yet says which code it read', () => {
    expect(planQuery('AADSTS12345', registry, indexed)).toEqual({
      kind: 'codes',
      codes: ['AADSTS12345'],
      tokens: [],
      forms: [],
    });
    expect(planQuery('0x8badf00d', registry, indexed)).toMatchObject({ kind: 'codes', tokens: [] });
  });

  it('gives tokens no other token starts with, since Pagefind also matches word beginnings', () => {
    expect(codeToken('5.7.100').startsWith(codeToken('5.7.1'))).toBe(false);
    expect(codeToken('AADSTS500001').startsWith(codeToken('AADSTS50000'))).toBe(false);
  });
});

describe('a query shaped like a code that no family reads', () => {
  it.each([
    ['5.9.937', '5.9.937'],
    ['550 5.9.937', '5.9.937'],
    ['94742-957', '94742-957'],
    ['AADSTS1234', 'aadsts1234'],
    ['0X8004', '0x8004'],
  ])('%s is looked up as written, as a code (so the page offers the error lookup)', (query, literal) => {
    const plan = planQuery(query, registry, indexed);
    expect(plan.kind).toBe('codes');
    if (plan.kind !== 'codes') return;
    expect(plan).toMatchObject({ codes: [literal], tokens: [], literal: { text: literal } });
  });

  it('leaves words and numbers that only look a little like codes to the word search', () => {
    for (const query of ['Windows 10', 'Office 365', '2016', 'TLS 1.2', 'KB5001234 update'])
      expect(planQuery(query, registry, indexed).kind, query).toBe('text');
  });

  it('counts a page only when it holds the string whole, not inside a longer number', () => {
    expect(holdsLiteral('The bounce says 5.9.937, then stops.', '5.9.937')).toBe(true);
    expect(holdsLiteral('Fehler (94742-957)', '94742-957')).toBe(true);
    expect(holdsLiteral('version 15.9.937 and 5.9.9370 and 5.9.937.1 and 5.9.937-2', '5.9.937')).toBe(false);
    expect(holdsLiteral('194742-957 a94742-957', '94742-957')).toBe(false);
  });
});

describe('a query of words', () => {
  it('becomes script-aware terms, and nothing for punctuation alone', () => {
    expect(planQuery('OneDrive 登入', registry, indexed)).toMatchObject({ kind: 'text', terms: ['onedrive', '登入'] });
    expect(planQuery(' …? ', registry, indexed)).toEqual({ kind: 'empty' });
  });

  it('of one CJK or Thai character (a cluster, with its marks) also asks for that character’s title token', () => {
    const titleToken = (query: string) => {
      const plan = planQuery(query, registry, indexed);
      return plan.kind === 'text' ? plan.titleToken : undefined;
    };
    expect(titleToken('錯')).toBe(titleCharToken('錯'));
    expect(titleToken(' บี ')).toBe(titleCharToken('บี'));
    expect(titleToken('ผู้')).toBe(titleCharToken('ผู้'));
    // Two characters are a bigram the index holds; a Latin letter or several words are no character.
    for (const query of ['錯誤', 'กร', 'a', '錯 a', '錯 誤']) expect(titleToken(query), query).toBeUndefined();
  });
});

describe('ranking of CJK results', () => {
  it('puts pages holding the typed string first, keeping Pagefind’s order otherwise', () => {
    const results = [
      { id: 'apart', score: 9, words: [3, 10] },
      { id: 'together', score: 5, words: [20, 22] },
      { id: 'partly', score: 4, words: [7] },
    ];
    expect(rankByPhrases(results, [[0, 2]]).map((r) => r.id)).toEqual(['together', 'apart', 'partly']);
    expect(rankByPhrases(results, []).map((r) => r.id)).toEqual(['apart', 'together', 'partly']);
  });
});
