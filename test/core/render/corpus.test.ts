/**
 * Every article of the zh-TW side-by-side archive renders, and none of the output could run
 * script or show the hidden English. The corpus is real and messy, so this is where
 * surprises in the markup show up first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/core/parse/front-matter.ts';
import { scanBody } from '../../../src/core/parse/body-scan.ts';
import { renderArticle, type RenderedArticle } from '../../../src/core/render/index.ts';
import { readSegments } from '../../../src/core/sxs/segments.ts';
import { describeWithCorpus, hasCorpus } from '../../helpers/corpus.ts';
import { corpusFolder, markdownFiles, plainMarkdown } from './helpers.ts';

/** Shorter English (product names, codes) is often left untranslated on purpose. */
const MIN_ENGLISH = 24;

describeWithCorpus('the zh-TW side-by-side corpus', () => {
  // A skipped suite is still collected: read nothing where the corpus is absent.
  const dir = hasCorpus ? corpusFolder('alchemyinsights-zh-TW-live-sxs') : '';
  const articles = (dir ? markdownFiles(dir) : []).map((name) => {
    const { body } = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
    return { name, body };
  });
  const rendered = new Map<string, RenderedArticle>();

  it('renders every article without throwing', () => {
    expect(articles.length).toBeGreaterThan(2500);
    for (const { name, body } of articles)
      rendered.set(name, renderArticle(body, { locale: 'zh-tw', base: '/zh-tw/' }));
    expect(rendered.size).toBe(articles.length);
  });

  it('writes nothing that runs script', () => {
    const offending: string[] = [];
    for (const [name, { html }] of rendered) {
      const tags = (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
      if (/<script/i.test(html) || /javascript:/i.test(html) || tags.some((tag) => /\son[a-z]+\s*=/i.test(tag)))
        offending.push(name);
    }
    expect(offending).toEqual([]);
  });

  it('keeps the English originals out of the text used for descriptions and search', () => {
    const leaks: string[] = [];
    for (const { name, body } of articles) {
      const { text, title = '' } = rendered.get(name)!;
      const segments = readSegments(scanBody(body, 1), name).segments.filter((segment) => segment.source);
      // English that the translation itself also shows (product names, link titles) is not a leak.
      let translatedOnly = body;
      for (const { source } of [...segments].reverse())
        translatedOnly = translatedOnly.slice(0, source![0]) + translatedOnly.slice(source![1]);
      const shownAnyway = plainMarkdown(translatedOnly.replace(/<\/?(?:span|a)\b[^>]*>/g, ''));
      for (const segment of segments) {
        const english = plainMarkdown(body.slice(...segment.source!));
        if (english.length < MIN_ENGLISH || shownAnyway.includes(english)) continue;
        if (text.includes(english) || title.includes(english)) leaks.push(`${name}: ${english}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('finds side-by-side markup where the article has it', () => {
    const missing = articles.filter(
      ({ name, body }) => body.includes('data-ttu-id=') && !rendered.get(name)!.hasSideBySide,
    );
    expect(missing.map(({ name }) => name)).toEqual([]);
  });
});
