/**
 * The site facts come from the content index. A build makes the entries of the files it
 * checks from the bytes it read, and reads the heads of the others: on the real corpus both
 * ways must give the same index, or separately built locales would disagree on root pages.
 */
import { expect, it } from 'vitest';
import { checkContent } from '../../src/core/check/check-content.ts';
import { SOURCE_LOCALE } from '../../src/core/read/content-files.ts';
import { readContentIndex } from '../../src/core/crosslocale/content-index.ts';
import { corpusContent, describeWithCorpus } from '../helpers/corpus.ts';

describeWithCorpus('the content index', () => {
  it('is the same made from checked files as read from their heads, on live-sxs, whole or for some locales', async () => {
    const content = await corpusContent('live-sxs');
    const light = JSON.stringify(readContentIndex(content, SOURCE_LOCALE));
    const all = await checkContent({ contentDir: content, indexEntries: true });
    expect(all.indexed!.size).toBeGreaterThan(14_000);
    expect(JSON.stringify(readContentIndex(content, SOURCE_LOCALE, all.indexed))).toBe(light);
    const some = await checkContent({ contentDir: content, locales: ['zh-tw'], indexEntries: true });
    expect(JSON.stringify(readContentIndex(content, SOURCE_LOCALE, some.indexed))).toBe(light);
  }, 300_000);
});
