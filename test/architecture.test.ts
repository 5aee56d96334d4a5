/**
 * The tree's promises, held: layers point one way (see MAY_IMPORT), the core imports nothing above it and no Astro, and no two folders of the core
 * import each other, even through a third. A module that breaks one of these fails here with the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/content.ts';

const SRC = join(REPO, 'src');

/**
 * What each top-level folder of src/ may import from src/ besides itself: cli → pipeline (errata
 * build), shards (plan, merge) and dev → pages (article → page, shared by build and dev) and process
 * (child processes) → site, search → page-data → core. `types` is declarations only.
 */
const MAY_IMPORT: Record<string, string[]> = {
  core: ['types'],
  'page-data': ['core', 'types'],
  search: ['page-data', 'core', 'types'],
  site: ['page-data', 'core', 'types'],
  process: ['types'],
  pages: ['process', 'page-data', 'core', 'types'],
  pipeline: ['pages', 'process', 'search', 'page-data', 'core', 'types'],
  shards: ['pipeline', 'pages', 'process', 'page-data', 'core', 'types'],
  dev: ['pages', 'process', 'site', 'page-data', 'core', 'types'],
  cli: ['pipeline', 'shards', 'dev', 'pages', 'process', 'page-data', 'core', 'types'],
  types: [],
};

interface Edge {
  from: string;
  to: string;
  line: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative module a file names: static and dynamic imports, re-exports, and `new URL('…', import.meta.url)` entries of child processes. */
function edges(): Edge[] {
  const out: Edge[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(pattern)) {
      const target = normalize(join(dirname(file), m[1]!));
      // A browser script's import names a path of the built site, not of this tree.
      if (!existsSync(target)) continue;
      out.push({
        from: relative(SRC, file),
        to: relative(SRC, target),
        line: text.slice(0, m.index).split('\n').length,
      });
    }
  }
  return out;
}

const top = (path: string) => path.split('/')[0]!;

describe('the architecture', () => {
  const all = edges();

  it('finds the imports it judges', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((e) => e.from.startsWith('cli/') && e.to.startsWith('pipeline/'))).toBe(true);
  });

  it('keeps the layers pointing one way', () => {
    const wrong = all
      // Files outside src/ (package.json, the cache) are no layer.
      .filter((e) => !e.to.startsWith('..') && top(e.from) !== top(e.to))
      .filter((e) => !(MAY_IMPORT[top(e.from)] ?? []).includes(top(e.to)))
      .map((e) => `src/${e.from}:${e.line} imports src/${e.to}`);
    expect(Object.keys(MAY_IMPORT).sort()).toEqual(
      readdirSync(SRC, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort(),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the core plain TypeScript: no Astro, nothing of the layers above', () => {
    const astro = sourceFiles(join(SRC, 'core')).filter((file) =>
      /from\s+['"](?:astro|astro:[^'"]*)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(astro.map((f) => relative(REPO, f))).toEqual([]);
  });

  it('has no circle between the folders of the core', () => {
    const folderOf = (path: string) => path.split('/').slice(0, 2).join('/');
    const graph = new Map<string, Set<string>>();
    for (const e of all) {
      if (top(e.from) !== 'core' || top(e.to) !== 'core') continue;
      const [a, b] = [folderOf(e.from), folderOf(e.to)];
      if (a === b || !a.includes('/') || !b.includes('/') || b.endsWith('.ts') || a.endsWith('.ts')) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
    const circles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === path[0]) circles.push([...path, next].join(' → '));
        else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(graph.size).toBeGreaterThan(10);
    expect(circles).toEqual([]);
  });

  it('keeps the diagnostics a leaf: the rule catalog imports nothing else of errata', () => {
    const out = all.filter((e) => e.from.startsWith('core/diagnostics/') && !e.to.startsWith('core/diagnostics/'));
    expect(out.map((e) => `src/${e.from}:${e.line} imports src/${e.to}`)).toEqual([]);
  });
});
