/** What rendering an article gives its callers, and how the plugins hand their parts of it over. */
import type { VFile } from 'vfile';
import type { Registry } from '../codes/registry.ts';

export interface RenderedHeading {
  depth: number;
  id: string;
  /** Translated text only. */
  text: string;
}

export interface RenderedArticle {
  /** Body HTML, safe to insert as is; the leading first-level heading is left out (the layout prints the title). */
  html: string;
  /** Text of the first-level heading the body starts with, translated text only. */
  title?: string;
  /** Second- and third-level headings, for a table of contents. */
  headings: RenderedHeading[];
  /** Plain text of what the reader sees in `html` (no hidden English), one paragraph per line. */
  text: string;
  hasSideBySide: boolean;
}

export interface RenderOptions {
  /** Lower-case BCP 47 tag of the article's locale: `zh-tw`. */
  locale: string;
  /**
   * The URL of the folder the article's file sits in (`/zh-tw/`, `/zh-tw/guides/`): relative
   * links resolve against it, as they did on disk. Absent: relative links stay as written.
   */
  base?: string;
  /**
   * Side-by-side articles are parsed through a shortcut (side-by-side-fast-path.ts) unless
   * this is false; the corpus tests render both ways and compare.
   */
  fastPath?: boolean;
  /** The error-code registry: a segment whose translation lost a registered code shows its English (rehype-repair-damage.ts). */
  registry?: Registry | undefined;
}

/** Per-document data the plugins read and write, kept on the VFile. */
export interface RenderData {
  options: RenderOptions;
  title?: string;
  headings: RenderedHeading[];
  hasSideBySide: boolean;
}

export function renderData(file: VFile): RenderData {
  return file.data as unknown as RenderData;
}
