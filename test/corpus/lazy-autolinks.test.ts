/**
 * The renderer skips GFM's autolink-literal pass on articles whose text cannot hold a
 * literal (render/remark-lazy-autolink-literals.ts). On a real archive the trees must be
 * exactly those of plain remark-gfm, literal autolinks included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/core/parse/front-matter.ts';
import { remarkLazyAutolinkLiterals } from '../../src/core/render/remark-lazy-autolink-literals.ts';
import { corpusFolder, markdownFiles } from '../render/helpers.ts';

interface MdNode { type: string; position?: { start: { offset?: number } }; children?: MdNode[] }

const plain = unified().use(remarkParse).use(remarkGfm);
const lazy = unified().use(remarkParse).use(remarkGfm).use(remarkLazyAutolinkLiterals);

/** Links written as bare text: neither `[text](url)` nor `<url>` (the pass's own links carry no position). */
function literalLinks(node: MdNode, body: string): number {
  const own = node.type === 'link' && (!node.position || !['[', '<'].includes(body[node.position.start.offset!]!)) ? 1 : 0;
  return own + (node.children ?? []).reduce((sum, child) => sum + literalLinks(child, body), 0);
}

describe('lazy autolink literals', () => {
  it.each(['alchemyinsights-sv-SE-live'])('parse %s exactly as remark-gfm does', (archive) => {
    const dir = corpusFolder(archive);
    const differing: string[] = [];
    let withLiterals = 0;
    for (const name of markdownFiles(dir)) {
      const { body } = parseFrontMatter(name, readFileSync(join(dir, name), 'utf8'));
      const expected = plain.parse(body) as MdNode;
      if (JSON.stringify(lazy.parse(body)) !== JSON.stringify(expected)) differing.push(name);
      if (literalLinks(expected, body) > 0) withLiterals++;
    }
    expect(differing).toEqual([]);
    // The archive exercises the pass itself, not only the skip.
    expect(withLiterals).toBeGreaterThan(10);
  });
});
