/** Shared by the renderer tests: fixtures, seeds, and reading output HTML the way a browser does. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { parseFrontMatter } from '../../../src/core/parse/front-matter.ts';
import { renderArticle, type RenderedArticle } from '../../../src/core/render/index.ts';
import { CORPUS } from '../../helpers/content.ts';
import { seedNames, seedText } from '../../helpers/seeds.ts';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
}

export function fixtureSet(folder: string): { name: string; markdown: string }[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, markdown: readFileSync(join(FIXTURES, folder, name), 'utf8') }));
}

export function render(markdown: string, locale = 'en-us'): RenderedArticle {
  return renderArticle(markdown, { locale, base: `/${locale}/` });
}

/** The unpacked articles of a corpus archive: the shared unpacked copy, else unpacked once from the tarball (tests that call it run only with the corpus: helpers/corpus.ts). */
export function corpusFolder(archive: string): string {
  const unpacked = join('/tmp/corpus', archive, 'AlchemyInsights');
  if (existsSync(unpacked)) return unpacked;
  const target = join(tmpdir(), 'errata-render-corpus', archive);
  if (!existsSync(target)) {
    // Unpacked beside it and renamed into place, at once: test files in other workers may ask
    // for the same archive at the same time, and must never read one half unpacked.
    mkdirSync(dirname(target), { recursive: true });
    const part = mkdtempSync(`${target}.part-`);
    execFileSync('tar', ['-xzf', join(CORPUS, `${archive}.tar.gz`), '-C', part]);
    try {
      renameSync(part, target);
    } catch {
      rmSync(part, { recursive: true, force: true }); // Another worker's copy is in place.
    }
  }
  return join(target, 'AlchemyInsights');
}

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

export interface Seed {
  locale: string;
  title: string;
  body: string;
}

/** The seed article in `contentLocale` (`uk-UA`), split like the real pipeline splits it. */
export function seed(contentLocale: string): Seed {
  for (const name of seedNames()) {
    const text = seedText(name);
    const parsed = parseFrontMatter(name, text);
    if (parsed.values.get('ms.contentlocale')?.value !== contentLocale) continue;
    return { locale: contentLocale.toLowerCase(), title: String(parsed.values.get('title')?.value), body: parsed.body };
  }
  throw new Error(`No seed in ${contentLocale}`);
}

/** Output HTML parsed by a spec-compliant HTML parser, as the reader's browser will see it. */
export function parseLikeBrowser(html: string): Root {
  const tree: Root = { type: 'root', children: [{ type: 'raw', value: html }] };
  return unified().use(rehypeRaw).runSync(tree) as Root;
}

export function findAll(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    findAll(child, test, found);
  }
  return found;
}

export function byTag(node: Root | Element, tagName: string): Element[] {
  return findAll(node, (element) => element.tagName === tagName);
}

export function hasClass(element: Element, name: string): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(name);
}

export { toString as textOf };

const BLOCKS = new Set('p div li td th tr pre br blockquote h1 h2 h3 h4 h5 h6'.split(' '));

/** The text a reader sees in `html` (or in a node of a parsed page): hidden elements skipped, whitespace collapsed. */
export function visibleText(html: string | Root | Element): string {
  const out: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'text') out.push(child.value);
      else if (child.type === 'element' && child.properties.hidden !== true) {
        const block = BLOCKS.has(child.tagName);
        if (block) out.push(' ');
        walk(child);
        if (block) out.push(' ');
      }
    }
  };
  walk(typeof html === 'string' ? parseLikeBrowser(html) : html);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Markdown source reduced to the words it shows: emphasis marks, escapes and link targets dropped. */
export function plainMarkdown(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `element` is hidden from the reader by itself or an ancestor within `root`. */
export function isHidden(root: Root, element: Element): boolean {
  const path: Element[] = [];
  const walk = (node: Root | Element): boolean => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element') continue;
      path.push(child);
      if (child === element || walk(child)) return true;
      path.pop();
    }
    return false;
  };
  walk(root);
  return path.some((ancestor) => ancestor.properties.hidden === true);
}

const ACTIVE_ELEMENTS = new Set(
  'script style iframe frame object embed applet svg math form input button textarea select link meta base template noscript'.split(
    ' ',
  ),
);
const URL_PROPERTIES = 'href src action formAction xLinkHref srcSet poster data background cite'.split(' ');
const DANGEROUS_URL = /^(?:javascript|vbscript|data):/i;
const RASTER_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp);/i;

/** Everything in `html` that could run script or restyle the page once a browser parses it. */
export function activeContent(html: string): string[] {
  const problems: string[] = [];
  for (const element of findAll(parseLikeBrowser(html), () => true)) {
    if (ACTIVE_ELEMENTS.has(element.tagName)) problems.push(`<${element.tagName}>`);
    for (const [property, value] of Object.entries(element.properties)) {
      if (/^on/i.test(property)) problems.push(`${property} on <${element.tagName}>`);
      if (property === 'style') problems.push(`style on <${element.tagName}>`);
      if (!URL_PROPERTIES.includes(property)) continue;
      // Browsers ignore tabs, newlines and leading control characters in URLs.
      const url = String(value)
        .replace(/[\t\n\r]/g, '')
        .replace(/^[\u0000-\u0020]+/, '');
      const allowedImage = element.tagName === 'img' && property === 'src' && RASTER_DATA_IMAGE.test(url);
      if (DANGEROUS_URL.test(url) && !allowedImage) problems.push(`${property}="${url}" on <${element.tagName}>`);
    }
  }
  return problems;
}
