/**
 * The files of one locale folder, and what a relative link from an article means among
 * them. Built once per locale: the docsets were written on a case-insensitive file
 * system, so a link whose case differs from the file on disk worked for the writer and
 * breaks on a case-sensitive web server; the index tells the two apart.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { isInsideContent } from '../read/inside-content.ts';

export type LinkStatus = 'ok' | 'case-mismatch' | 'missing' | 'external';

export interface LinkResolution {
  status: LinkStatus;
  /** The file as it is on disk, relative to the locale folder (ok and case-mismatch). */
  target?: string;
  /** Set on `missing` when the link climbs out of the locale folder. */
  outside?: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export class MediaIndex {
  private readonly exact: Set<string>;
  private readonly folded = new Map<string, string>();
  private byName: Map<string, string[]> | undefined;

  /** `files` relative to the locale folder, forward slashes. */
  private constructor(files: Iterable<string>) {
    this.exact = new Set(files);
    for (const file of [...this.exact].sort()) {
      const key = file.toLowerCase();
      if (!this.folded.has(key)) this.folded.set(key, file);
    }
  }

  /** Lists every file below `localeDir` (an absent folder is an empty index). */
  static build(localeDir: string): MediaIndex {
    const files: string[] = [];
    const contentDir = dirname(localeDir);
    try {
      for (const entry of readdirSync(localeDir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() && !entry.isSymbolicLink()) continue;
        // A link that leads outside the content folder is not published, so a link to it points at nothing.
        if (entry.isSymbolicLink() && !isInsideContent(contentDir, join(entry.parentPath, entry.name))) continue;
        const folder = relative(localeDir, entry.parentPath);
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        files.push(sep === '/' ? path : path.split(sep).join('/'));
      }
    } catch {
      // No locale folder yet: every local link is missing, which is what the writer needs to hear.
    }
    return new MediaIndex(files);
  }

  static fromFiles(files: Iterable<string>): MediaIndex {
    return new MediaIndex(files);
  }

  get size(): number {
    return this.exact.size;
  }

  /** Every file of the locale folder, relative to it. */
  get files(): Iterable<string> {
    return this.exact;
  }

  has(file: string): boolean {
    return this.exact.has(file);
  }

  /** `fromFile` is the linking article, relative to the locale folder. */
  resolve(fromFile: string, href: string): LinkResolution {
    const paths = localPaths(href);
    if (!paths) return { status: 'external' };
    const folder = posix.dirname(fromFile);
    let outside = false;
    for (const path of paths) {
      const joined = posix.normalize(posix.join(folder, path));
      if (joined === '..' || joined.startsWith('../')) outside = true;
      else if (this.exact.has(joined)) return { status: 'ok', target: joined };
    }
    for (const path of paths) {
      const target = this.folded.get(posix.normalize(posix.join(folder, path)).toLowerCase());
      if (target) return { status: 'case-mismatch', target };
    }
    return outside ? { status: 'missing', outside } : { status: 'missing' };
  }

  /** Files anywhere in the locale with this file name, any case: what a broken link probably meant. */
  sameName(path: string): string[] {
    if (!this.byName) {
      this.byName = new Map();
      for (const file of this.exact) {
        const name = posix.basename(file).toLowerCase();
        const list = this.byName.get(name);
        if (list) list.push(file);
        else this.byName.set(name, [file]);
      }
    }
    return this.byName.get(posix.basename(path).toLowerCase()) ?? [];
  }
}

/** Whether a link destination names a file of the docset rather than a page elsewhere. */
export function isLocalHref(href: string): boolean {
  const first = href.charCodeAt(0);
  // `/…` is site-absolute (docs.microsoft.com paths), `#…` this page, `scheme:` anything else.
  return href.length > 0 && first !== 47 /* / */ && first !== 35 /* # */ && first !== 63 /* ? */ && !SCHEME.test(href);
}

/**
 * The file path a destination names, decoded the way a browser would, then as written
 * (a file may really be called `a%20b.png`). Undefined for anything that is not a local file.
 */
export function localPaths(href: string): string[] | undefined {
  let path = href.trim();
  if (path.startsWith('<') && path.endsWith('>')) path = path.slice(1, -1);
  path = unescapeMarkdown(path);
  if (!isLocalHref(path)) return undefined;
  const end = path.search(/[?#]/);
  if (end !== -1) path = path.slice(0, end);
  if (path === '') return undefined;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray `%`: the name as written is the only reading.
  }
  return decoded === path ? [path] : [decoded, path];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Backslash escapes and character references, which Markdown and HTML both allow in destinations. */
function unescapeMarkdown(text: string): string {
  if (!text.includes('\\') && !text.includes('&')) return text;
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(
      /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi,
      (whole, dec?: string, hex?: string, name?: string) => {
        if (name) return ENTITIES[name.toLowerCase()] ?? whole;
        const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      },
    );
}
