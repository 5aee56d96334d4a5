/**
 * Surveys every corpus archive for what the input limits are set against: the deepest
 * nesting, the longest file and the largest table any real article has (parse/complexity.ts),
 * and which media types the docsets hold and their articles link (media/media-types.ts).
 * Prints one JSON object. Not a test: it reads ~90,000 articles.
 *
 *   nice node bench/survey-inputs.ts [corpusDir]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { findMediaLinks } from '../src/core/media/media-links.ts';
import { localPaths } from '../src/core/media/media-index.ts';
import { measureComplexity } from '../src/core/parse/complexity.ts';

const corpus =
  process.argv[2] ?? process.env.ERRATA_CORPUS ?? new URL('../../shared/corpus/', import.meta.url).pathname;
const unlimited = {
  nesting: Infinity,
  htmlNesting: Infinity,
  lines: Infinity,
  tableRows: Infinity,
  tableCells: Infinity,
};

type Max = { value: number; where: string };
const max: Record<'nesting' | 'htmlNesting' | 'lines' | 'tableRows' | 'tableCells', Max> = {
  nesting: { value: 0, where: '' },
  htmlNesting: { value: 0, where: '' },
  lines: { value: 0, where: '' },
  tableRows: { value: 0, where: '' },
  tableCells: { value: 0, where: '' },
};
const mediaFiles: Record<string, number> = {};
const linkedTypes: Record<string, number> = {};
let archives = 0;
let articles = 0;

for (const name of readdirSync(corpus)
  .filter((n) => n.endsWith('.tar.gz'))
  .sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'errata-survey-'));
  try {
    execFileSync('tar', ['-xzf', join(corpus, name), '-C', dir]);
    archives++;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const where = `${name}:${path.slice(dir.length + 1)}`;
      if (!entry.name.toLowerCase().endsWith('.md')) {
        if (/(^|\/)media\//i.test(path.slice(dir.length)))
          count(mediaFiles, extname(entry.name).toLowerCase() || '(none)');
        continue;
      }
      articles++;
      const text = readFileSync(path, 'utf8');
      const c = measureComplexity(text, 1, unlimited);
      note('nesting', c.nesting, `${where}:${c.nestingLine}`);
      note('htmlNesting', c.htmlNesting, `${where}:${c.htmlNestingLine}`);
      note('lines', c.lines, where);
      note('tableRows', c.tableRows, `${where}:${c.tableLine}`);
      note('tableCells', c.tableCells, `${where}:${c.tableLine}`);
      for (const link of findMediaLinks(text)) {
        const local = localPaths(link.href)?.[0];
        if (local && !/\.md$/i.test(local)) count(linkedTypes, extname(local).toLowerCase() || '(none)');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify({ archives, articles, max, mediaFiles, linkedTypes }, null, 1));

function note(key: keyof typeof max, value: number, where: string): void {
  if (value > max[key].value) max[key] = { value, where };
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
