/**
 * A build after a one-article change makes the search documents of the changed pages only;
 * every other page's document comes from the last build, unless what it was made from changed.
 */
import { appendFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeptDocuments } from '../../src/pipeline/render/kept-documents.ts';
import type { SitePage } from '../../src/page-data/site-data.ts';
import type { SearchDocument } from '../../src/search/index-locale.ts';
import { bundledRegistry, makeContent, tempDir } from '../helpers/content.ts';

const SHARE = { index: 0, count: 1 };

function page(slug: string): SitePage {
  return { locale: 'zh-tw', slug, url: `/zh-tw/${slug}/`, title: slug } as SitePage;
}

/** A `make` that records the pages it was asked for, and stamps each document with the call it came from. */
function maker(call: string) {
  const asked: string[] = [];
  const make = (pages: SitePage[]): SearchDocument[] =>
    pages.map((p) => {
      asked.push(p.slug);
      return { locale: p.locale, url: p.url, codes: [], html: `${p.slug} made by ${call}` };
    });
  return { asked, make };
}

describe('kept search documents', () => {
  const pages = [page('a'), page('b'), page('c')];
  const hashes = { '/zh-tw/a/': 'a1', '/zh-tw/b/': 'b1', '/zh-tw/c/': 'c1' };

  function setup() {
    const content = makeContent(bundledRegistry());
    const cache = tempDir('errata-kept-documents-');
    const steps = tempDir('errata-step-files-');
    const run = (call: string, current = pages, pageHashes: Record<string, string> = hashes) => {
      const { asked, make } = maker(call);
      const kept = new KeptDocuments(cache, content, SHARE);
      const documents = kept.documents('zh-tw', current, pageHashes, make);
      expect(kept.made).toBe(asked.length);
      // As a share does: the documents written for the search step, then kept from that file, which the build removes.
      const written = join(steps, `documents-${call}.json`);
      writeFileSync(written, JSON.stringify(documents));
      kept.keep('zh-tw', written);
      rmSync(written);
      return { asked, documents: documents.map((d) => d.html) };
    };
    return { content, cache, run };
  }

  it('makes every document once, then reuses them in the pages’ order', () => {
    const { run } = setup();
    expect(run('first').asked).toEqual(['a', 'b', 'c']);
    const second = run('second', [pages[2]!, pages[0]!, pages[1]!]);
    expect(second.asked).toEqual([]);
    expect(second.documents).toEqual(['c made by first', 'a made by first', 'b made by first']);
  });

  it('makes again only the document of a page that changed', () => {
    const { run } = setup();
    run('first');
    const after = run('after an edit', pages, { ...hashes, '/zh-tw/b/': 'b2' });
    expect(after.asked).toEqual(['b']);
    expect(after.documents).toEqual(['a made by first', 'b made by after an edit', 'c made by first']);
  });

  it('forgets the pages a build no longer has', () => {
    const { run } = setup();
    run('first');
    run('without b', [pages[0]!, pages[2]!]);
    expect(run('b again').asked).toEqual(['b']);
  });

  it('makes every document again when the registry changes', () => {
    const { content, run } = setup();
    run('first');
    appendFileSync(
      join(content, 'error-codes/aadsts.yml'),
      "  - code: 'AADSTS99999'\n    name: TestError\n    summary: A test code.\n",
    );
    expect(run('after the registry').asked).toEqual(['a', 'b', 'c']);
  });

  it('makes every document again when the kept files are damaged', () => {
    const { cache, run } = setup();
    run('first');
    for (const folder of readdirSync(cache))
      for (const name of readdirSync(join(cache, folder))) writeFileSync(join(cache, folder, name), '[');
    expect(run('after the damage').asked).toEqual(['a', 'b', 'c']);
  });
});
