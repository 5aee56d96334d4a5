/**
 * `errata check` reads bodies with the core's linear scanner (remark is ten times too slow
 * for it); the site renders them with remark. On a real archive both must see the same
 * inline code and the same ATX headings, or check and site would disagree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { scanBody } from '../../src/core/parse/body-scan.ts';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { describeWithCorpus } from '../helpers/corpus.ts';
import { corpusFolder, markdownFiles } from '../core/render/helpers.ts';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  position?: { start: { offset?: number } };
  children?: MdNode[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function remarkView(body: string): { code: string[]; headings: string[] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as MdNode;
  const code: string[] = [];
  const headings: string[] = [];
  const walk = (node: MdNode) => {
    if (node.type === 'inlineCode') code.push(flat(node.value!));
    if (node.type === 'heading' && body[node.position!.start.offset!] === '#')
      headings.push(`${node.depth}@${node.position!.start.offset}`);
    node.children?.forEach(walk);
  };
  walk(tree);
  return { code, headings };
}

describeWithCorpus('the check scanner and the renderer', () => {
  it('find the same inline code and headings in the zh-TW side-by-side archive', () => {
    const dir = corpusFolder('alchemyinsights-zh-TW-live-sxs');
    const disagreements: string[] = [];
    const files = markdownFiles(dir);
    for (const name of files) {
      const { body, bodyLine } = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
      const scan = scanBody(body, bodyLine);
      const mine = {
        code: scan.codeSpans.map((s) => flat(s.text)),
        headings: scan.headings.map((h) => `${h.depth}@${h.index}`),
      };
      const theirs = remarkView(body);
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) disagreements.push(name);
    }
    expect(files.length).toBeGreaterThan(2500);
    expect(disagreements).toEqual([]);
  });
});
