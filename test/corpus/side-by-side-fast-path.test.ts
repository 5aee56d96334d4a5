/**
 * Side-by-side articles are parsed with their segment tags as symbols
 * (render/side-by-side-fast-path.ts). The pages must be exactly those of the ordinary parse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { renderArticle } from '../../src/core/render/index.ts';
import { encodeSideBySide } from '../../src/core/render/side-by-side-fast-path.ts';
import { corpusFolder, markdownFiles } from '../render/helpers.ts';

const both = (markdown: string) => [
  renderArticle(markdown, { locale: 'zh-tw', base: '/zh-tw/' }),
  renderArticle(markdown, { locale: 'zh-tw', base: '/zh-tw/', fastPath: false }),
] as const;

const seg = (id: string, translated: string, english: string) =>
  `<span data-ttu-id="${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

describe('the side-by-side fast path', () => {
  it.each([
    ['emphasis that ends at a tag after punctuation', `${seg('a-1', '**(粗體)**', '**(bold)**')} ${seg('a-2', '_(斜體)_', '_(italic)_')}\n`],
    ['a URL written as text that ends at a closing tag', `${seg('a-1', '請參閱 https://example.com/path', 'See https://example.com/path')}\n`],
    ['a URL written as text right before an opening tag', `See https://example.com/x${seg('a-1', '文字', 'text')}\n`],
    ['a tag inside code, a link and a table', `\`${seg('a-1', 'x', 'y')}\`\n\n[${seg('a-2', '連結', 'link')}](https://example.com)\n\n| a | b |\n|---|---|\n| ${seg('a-3', '格', 'cell')} | c |\n`],
    ['a lone tag on a line (an HTML block)', `<span data-ttu-id="a-1">\n\n**not bold in a block?**\n\n</span>\n`],
    ['an escaped tag', `\\<span data-ttu-id="a-1">text</span>\n`],
  ])('renders %s exactly as the ordinary parse does', (_, markdown) => {
    const [fast, plain] = both(markdown);
    expect(fast).toEqual(plain);
    expect(fast.html.length).toBeGreaterThan(0);
  });

  it('takes the ordinary path when the article holds one of its symbols itself', () => {
    expect(encodeSideBySide(`${seg('a-1', '符號 \u2BD0a-1\u2BD3', 'symbol')}\n`)).toBeUndefined();
    const [fast, plain] = both(`${seg('a-1', '符號 \u2BD0a-1\u2BD3', 'symbol')}\n`);
    expect(fast.html).toBe(plain.html);
    expect(fast.html).toContain('\u2BD0a-1\u2BD3');
  });

  it('renders every zh-TW side-by-side article of the corpus exactly as the ordinary parse does, nearly all through the fast path', () => {
    const dir = corpusFolder('alchemyinsights-zh-TW-live-sxs');
    const differing: string[] = [];
    let fast = 0;
    const files = markdownFiles(dir);
    for (const name of files) {
      const { body } = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
      if (encodeSideBySide(body) !== undefined) fast++;
      const [a, b] = both(body);
      if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(name);
    }
    expect(differing).toEqual([]);
    expect(fast).toBeGreaterThan(files.length * 0.95);
  });
});
