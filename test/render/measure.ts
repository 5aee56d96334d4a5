/**
 * Rendering speed on the real corpus, stage by stage, so a slow plugin shows up as the gap
 * between two lines. Not a test: `node test/render/measure.ts [archive…]` from the repository root.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { renderArticle } from '../../src/core/render/index.ts';

const CORPUS = '/tmp/corpus';
const archives = process.argv.slice(2);
if (archives.length === 0) archives.push('alchemyinsights-zh-TW-live-sxs', 'alchemyinsights-zh-TW-live');

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;

function bodies(archive: string): string[] {
  const dir = join(CORPUS, archive, 'AlchemyInsights');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(FRONT_MATTER, ''));
}

const parseOnly = unified().use(remarkParse);
const parseGfm = unified().use(remarkParse).use(remarkGfm);
const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify);

const stages: [string, (body: string) => unknown][] = [
  ['remark-parse', (body) => parseOnly.parse(body)],
  ['+ remark-gfm', (body) => parseGfm.parse(body)],
  ['+ remark-rehype + stringify', (body) => toHtml.processSync(body)],
  ['renderArticle (everything)', (body) => renderArticle(body, { locale: 'zh-tw', base: '/zh-tw/' })],
];

function time(run: (body: string) => unknown, texts: string[]): number {
  const start = performance.now();
  for (const text of texts) run(text);
  return performance.now() - start;
}

for (const archive of archives) {
  const texts = bodies(archive);
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
  console.log(`${archive}: ${texts.length} files, ${megabytes.toFixed(1)} M characters`);
  for (const [name, run] of stages) {
    time(run, texts.slice(0, 300)); // warm the JIT so the first stage is not penalized
    const best = Math.min(time(run, texts), time(run, texts));
    console.log(`  ${name.padEnd(30)} ${(texts.length / (best / 1000)).toFixed(0).padStart(6)} files/s  (${best.toFixed(0)} ms)`);
  }
}
