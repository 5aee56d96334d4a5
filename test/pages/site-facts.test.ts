/**
 * A build's check sums the site facts up from content-index entries it keeps on disk a locale
 * at a time (streamedSiteFacts), not from the whole index in memory: the facts — switchers,
 * fallback versions, the status matrix with its stale cells — must be the same either way,
 * whichever entries the check made itself and whichever were read from the files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocaleLines } from '../../src/pages/locale-lines.ts';
import { siteFacts, streamedSiteFacts } from '../../src/pages/site-facts.ts';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { indexEntry, type IndexedArticle } from '../../src/core/crosslocale/content-index.ts';
import { listLocaleFiles } from '../../src/core/read/content-files.ts';
import { readFrontMatterHead } from '../../src/core/read/front-matter-head.ts';
import { FRONT_MATTER, tempDir } from '../helpers/content.ts';
import { multiLocaleContent } from '../pipeline/helpers/multi-locale.ts';

const SITE = 'https://errata.example';
const NEWER = FRONT_MATTER('de-DE')
  .replace(/ms\.openlocfilehash: \w+/, 'ms.openlocfilehash: 1111111111111111111111111111111111111111')
  .replace('ms.lasthandoff: 03/19/2021', 'ms.lasthandoff: 05/02/2022');

describe('site facts summed up a locale at a time', () => {
  const content = multiLocaleContent({
    // A newer handoff of article-3 in German: the French and Japanese versions of it are stale now.
    'de-de/article-3.md': `${NEWER}# Artikel 3\n\nAADSTS50000.\n`,
    'fr-fr/broken.md': '---\ntitle: [unclosed\n---\n# Broken\n',
  });
  const { registry } = loadRegistry(content);
  const whole = siteFacts(content, registry, SITE);

  it('are the facts of the whole index in memory, stale cells and all', () => {
    const spill = new LocaleLines<IndexedArticle>(join(tempDir('errata-facts-'), 'index'), (entry) => entry.locale);
    const streamed = streamedSiteFacts(content, registry, SITE, () => undefined, spill);
    expect(streamed).toEqual(whole);
    expect(whole.status.rows.find((row) => row.slug === 'article-3')?.cells).toMatchObject({
      'de-de': 'MT',
      'fr-fr': 'stale',
      'ja-jp': 'stale',
    });
    expect(whole.alternates['article-3']).toEqual(['de-de', 'en-us', 'fr-fr', 'ja-jp']);
  });

  it('take the entries the check made for a locale, and read the others', () => {
    // The check made de-de's entries (one of them left out of the index), and no other locale's.
    const german = new Map(
      listLocaleFiles(content, 'de-de').map((input) => [
        input.file,
        input.slug === 'article-5' ? null : indexEntry(input, readFrontMatterHead(input.absolute), 'en-us'),
      ]),
    );
    const spill = new LocaleLines<IndexedArticle>(join(tempDir('errata-facts-'), 'index'), (entry) => entry.locale);
    const streamed = streamedSiteFacts(
      content,
      registry,
      SITE,
      (locale) => (locale === 'de-de' ? german : undefined),
      spill,
    );
    expect(streamed).toEqual(siteFacts(content, registry, SITE, german));
    expect(streamed.alternates['article-5']).not.toContain('de-de');
  });
});
