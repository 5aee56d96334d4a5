/**
 * Rendering speed on the real corpus, stage by stage, so a slow plugin shows up as the gap
 * between two lines, in CPU time per file. Not a test: `node test/core/render/measure.ts [archive…]`
 * from the repository root.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticle } from '../../../src/core/render/index.ts';
import { parseMarkdown } from '../../../src/core/render/markdown/engines.ts';
import { corpusFolder } from './helpers.ts';

const archives = process.argv.slice(2);
if (archives.length === 0) archives.push('alchemyinsights-zh-TW-live-sxs', 'alchemyinsights-zh-TW-live');

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;

function bodies(archive: string): string[] {
  const dir = corpusFolder(archive);
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(FRONT_MATTER, ''));
}

const stages: [string, (body: string) => unknown][] = [
  ['Sätteri: parse to hast', (body) => parseMarkdown(body, 'satteri')],
  ['Sätteri: renderArticle', (body) => renderArticle(body, { locale: 'zh-tw', base: '/zh-tw/', markdown: 'satteri' })],
  ['reference: parse to hast', (body) => parseMarkdown(body, 'reference')],
  [
    'reference: renderArticle',
    (body) => renderArticle(body, { locale: 'zh-tw', base: '/zh-tw/', markdown: 'reference' }),
  ],
];

/** CPU time, not wall time: on a shared machine other processes' load would count otherwise. */
function time(run: (body: string) => unknown, texts: string[]): number {
  const start = process.cpuUsage();
  for (const text of texts) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (const archive of archives) {
  const texts = bodies(archive);
  const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
  console.log(`${archive}: ${texts.length} files, ${megabytes.toFixed(1)} M characters`);
  for (const [name, run] of stages) {
    time(run, texts.slice(0, 300)); // warm the JIT so the first stage is not penalized
    const best = Math.min(time(run, texts), time(run, texts));
    console.log(
      `  ${name.padEnd(30)} ${(texts.length / (best / 1000)).toFixed(0).padStart(6)} files/s  (${(best / texts.length).toFixed(3)} ms/file)`,
    );
  }
}
