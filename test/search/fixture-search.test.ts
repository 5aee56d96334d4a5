/**
 * Search on the machine-written Thai and Hebrew test articles (test/search/fixtures/), a few
 * dozen each, indexed by the build's search step and queried through /<locale>/search.js:
 * what a reader types who remembers part of a Thai word, a Hebrew word without the prefix
 * the text attaches to it, a code in any case, or a code no page has.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { canonicalTag } from '../../src/page-data/locales.ts';
import { buildSearchIndex } from '../../src/search/index-locale.ts';
import { FIXTURE_LOCALES, fixtureArticles, fixturePages } from './helpers/fixture-pages.ts';
import { REPO } from './helpers/locale-pages.ts';
import { loadSearch, topUrls, type SearchModule } from './helpers/node-search.ts';

const contentDir = join(REPO, 'content');
const { registry } = loadRegistry(contentDir);
let out: string;
const searches = new Map<string, SearchModule>();
const top = (locale: string, query: string, n = 5) => topUrls(searches.get(locale)!, query, n);
const url = (locale: string, slug: string) => `/${locale}/${slug}/`;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'errata-fixture-search-'));
  for (const locale of FIXTURE_LOCALES) {
    await buildSearchIndex({
      outDir: out,
      locale,
      tag: canonicalTag(locale),
      pages: fixturePages(locale, registry),
      registry,
    });
    searches.set(locale, await loadSearch(out, locale));
  }
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Thai', () => {
  it.each([
    ['ลงทะเบ', '5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d'], // ลงทะเบียน, registered
    ['ทะเบียน', '5-7-750-service-unavailable-client-blocked-from-sending-from-unregistered-d'],
    ['ซิงค์', 'onedrive-sync-stuck'],
    ['ประมวล', 'onedrive-sync-stuck'], // ประมวลผล, processing
    ['แฝง', 'add-email-alias'], // นามแฝง, alias
    ['ปฏิทิ', 'share-calendar-in-outlook'], // ปฏิทิน, calendar
    ['ปัจจั', 'mfa-setup'], // ปัจจัย, factor
  ])('finds part of a word (%s) in the article whose title has it', async (query, slug) => {
    expect(await top('th-th', query)).toContain(url('th-th', slug));
  });

  it('ranks the page holding the typed string itself first', async () => {
    expect((await top('th-th', 'การบันทึกการประชุม', 1))[0]).toBe(url('th-th', 'teams-meeting-recording-missing'));
  });

  it('finds each article first by its whole title, however long', async () => {
    for (const { slug, title } of fixtureArticles('th-th'))
      expect((await top('th-th', title, 1))[0], title).toBe(url('th-th', slug));
  });
});

describe('Hebrew', () => {
  it.each([
    ['שרת', 'server-not-responding'], // השרת
    ['סנכרון', 'onedrive-sync-stuck'], // הסנכרון
    ['הקלטה', 'teams-meeting-recording-missing'], // ההקלטה
    ['סיסמה', 'reset-user-password'], // הסיסמה
    ['כניסה', 'addressing-teams-sign-in-error-aadsts9000411'], // הכניסה
  ])('finds a word typed without its prefix (%s) first', async (query, slug) => {
    expect((await top('he-il', query, 1))[0]).toBe(url('he-il', slug));
  });

  it('and with another prefix than the text’s', async () => {
    expect(await top('he-il', 'בשרת')).toContain(url('he-il', 'server-not-responding'));
  });

  it('shows the word as the page writes it, without its stems', async () => {
    const data = await (await searches.get('he-il')!.search('שרת')).results[0]!.data();
    expect(data.excerpt).toContain('<mark>השרת</mark>');
    expect(data.excerpt + data.meta.title).not.toContain('^');
  });
});

describe('codes on the test articles', () => {
  it.each(FIXTURE_LOCALES)('in %s: in any case, the article first', async (locale) => {
    for (const query of [
      'AADSTS50011',
      'aadsts50011',
      'Aadsts50011',
      '0X8004DE40',
      '0x8004De40',
      'tokenissuanceerror',
    ]) {
      const slug = query.toLowerCase().includes('50011')
        ? 'onedrive-login-error'
        : query.startsWith('0')
          ? 'fix-0x8004de40-error-in-onedrive'
          : 'troubleshoot-aadsts50000-error-code';
      expect((await top(locale, query, 1))[0], query).toBe(url(locale, slug));
    }
  });

  it.each(FIXTURE_LOCALES)('in %s: nothing for codes no article holds, read as codes', async (locale) => {
    for (const query of ['5.9.937', '94742-957', '0x8004ffff', 'AADSTS99999']) {
      const response = await searches.get(locale)!.search(query);
      expect(response.results, query).toEqual([]);
      expect(response.errata.kind, query).toBe('codes');
    }
  });
});
