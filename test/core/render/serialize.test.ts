/**
 * errata's HTML serializer (core/render/html/serialize.ts) writes the same bytes as
 * hast-util-to-html (rehype-stringify, with named references) for every tree the renderer
 * makes — the fixtures, the hostile ones, and with the corpus every zh-TW side-by-side article
 * (the oracle test holds the reference engine's pages to Sätteri's) — and stays safe on trees
 * the renderer never makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/core/parse/front-matter.ts';
import { serializeHtml } from '../../../src/core/render/html/serialize.ts';
import { articleTree } from '../../../src/core/render/render-article.ts';
import { describeWithCorpus, hasCorpus } from '../../helpers/corpus.ts';
import { ENGINES } from './engines.ts';
import {
  activeContent,
  corpusFolder,
  FIXTURES,
  fixtureSet,
  markdownFiles,
  parseLikeBrowser,
  textOf,
} from './helpers.ts';

const reference = unified()
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

const fixtures = [
  ...readdirSync(FIXTURES)
    .filter((name) => name !== 'hostile')
    .map((name) => ({ name, markdown: readFileSync(join(FIXTURES, name, 'input.md'), 'utf8') })),
  ...fixtureSet('hostile'),
];

describe.each(ENGINES)('serializing what %s renders', (engine) => {
  it.each(fixtures)('$name: the same HTML as rehype-stringify', ({ markdown }) => {
    const { tree } = articleTree(markdown, { locale: 'uk-ua', base: '/uk-ua/', markdown: engine });
    expect(serializeHtml(tree)).toBe(reference.stringify(tree));
  });
});

describe('trees the renderer never makes', () => {
  const page = (tree: Root) => serializeHtml(tree);

  it('escapes raw nodes as text and never writes them as markup', () => {
    const html = page({ type: 'root', children: [{ type: 'raw', value: '<script>alert(1)</script>' }] });
    expect(html).toBe('&lt;script>alert(1)&lt;/script>');
    expect(activeContent(html)).toEqual([]);
  });

  it('keeps attribute values inside their quotes', () => {
    const html = page({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: 'x" onclick="alert(1)', title: "it's `odd` & <b>" },
          children: [{ type: 'text', value: 'link' }],
        },
      ],
    });
    expect(html).toBe('<a href="x&quot; onclick=&quot;alert(1)" title="it&#x27;s &#x60;odd&#x60; &amp; <b>">link</a>');
    expect(activeContent(html)).toEqual([]);
  });

  it('writes no tag or attribute whose name is not a plain name, keeping the content as text', () => {
    const html = page({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'img src=x onerror=alert(1)',
          properties: { 'x onload': 'y', id: 'ok' },
          children: [{ type: 'text', value: 'kept' }],
        },
      ],
    });
    expect(html).toBe('kept');
    const attribute = page({
      type: 'root',
      children: [{ type: 'element', tagName: 'span', properties: { 'x onload': 'y', id: 'ok' }, children: [] }],
    });
    expect(attribute).toBe('<span id="ok"></span>');
    expect(textOf(parseLikeBrowser(html))).toBe('kept');
  });
});

describeWithCorpus('serializing the corpus', () => {
  it('writes every zh-TW side-by-side article as rehype-stringify does', () => {
    const dir = hasCorpus ? corpusFolder('alchemyinsights-zh-TW-live-sxs') : '';
    const differing: string[] = [];
    const names = markdownFiles(dir);
    for (const name of names) {
      const { body } = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
      const { tree } = articleTree(body, { locale: 'zh-tw', base: '/zh-tw/' });
      if (serializeHtml(tree) !== reference.stringify(tree)) differing.push(name);
    }
    expect(names.length).toBeGreaterThan(2500);
    expect(differing).toEqual([]);
  });
});
