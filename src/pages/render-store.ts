/**
 * Rendered articles, between builds and within one. An article whose body, locale and
 * renderer are unchanged is not rendered again; and no build holds its articles' HTML in
 * memory: the HTML goes to a data file per locale (and share) as it is rendered, and is
 * read back one page at a time, when the page is written or indexed. What the layout needs
 * besides (title, headings, a summary) stays in a small index beside it.
 *
 * The data file only grows while a build appends; a save rewrites it without the entries
 * no build uses any more once those are more than half of it.
 *
 * An entry is addressed by everything that decides its HTML (the renderer and the rest of
 * errata's core, the dependencies' versions, the locale, the folder links resolve against,
 * the body) and holds the hash of its HTML: an entry whose bytes no longer match (a data
 * file truncated, or written over by a build that did not hold the lock) is rendered again,
 * never published. Only one build at a time writes a content folder's store (build-lock.ts);
 * its index is replaced whole (write-file-atomic), never written in place.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type { RenderedArticle, RenderedHeading } from '../core/render/index.ts';
import { WHOLE, type Share } from './share.ts';

/** Bump when the stored form changes. */
const FORMAT = 'render-store-2';

/** A rendered article as stored: everything but its HTML, and where the HTML is. */
export interface StoredRender {
  offset: number;
  /** Bytes of UTF-8 HTML in the data file. */
  length: number;
  /** SHA-1 of those bytes: a read that does not match is no entry. */
  hash: string;
  title?: string;
  headings: RenderedHeading[];
  hasSideBySide: boolean;
  /** A description from the visible text, for pages without one of their own. */
  summary: string;
}

let rendererHash: string | undefined;

/**
 * A hash of errata's core source (the renderer and everything it calls) and of the installed
 * dependencies' versions: changing either invalidates every entry.
 */
function rendererVersion(): string {
  if (!rendererHash) {
    const dir = fileURLToPath(new URL('../core/', import.meta.url));
    const hash = createHash('sha1').update(FORMAT);
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (name.endsWith('.ts'))
        hash
          .update(name)
          .update('\0')
          .update(readFileSync(join(dir, name)));
    }
    try {
      hash.update(readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
    } catch {
      // No lockfile (installed as a dependency): the core's source alone.
    }
    rendererHash = hash.digest('hex');
  }
  return rendererHash;
}

function bytesHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

export function renderKey(locale: string, base: string, body: string): string {
  return createHash('sha1')
    .update(rendererVersion())
    .update('\0')
    .update(locale)
    .update('\0')
    .update(base)
    .update('\0')
    .update(body)
    .digest('base64url');
}

export class RenderStore {
  private readonly dir: string;
  private readonly suffix: string;
  private readonly locales = new Map<string, LocaleStore>();

  /**
   * One store per content directory, so building another one does not evict this one's
   * entries; one per locale and share, so processes building side by side never write the
   * same file.
   */
  constructor(cacheDir: string, contentDir: string, share: Share = WHOLE) {
    this.dir = join(cacheDir, `render-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`);
    this.suffix = share.count === 1 ? '' : `-${share.index}-of-${share.count}`;
  }

  get(locale: string, key: string): StoredRender | undefined {
    return this.locale(locale).get(key);
  }

  /** Stores a freshly rendered article: its HTML goes to disk at once. */
  add(locale: string, key: string, rendered: RenderedArticle): StoredRender {
    return this.locale(locale).add(key, rendered);
  }

  html(locale: string, entry: StoredRender): string {
    return this.locale(locale).html(entry);
  }

  /** Keeps what this build used, so deleted articles fall out of the store. */
  save(): void {
    for (const store of this.locales.values()) store.save();
  }

  close(): void {
    for (const store of this.locales.values()) store.close();
  }

  private locale(locale: string): LocaleStore {
    let store = this.locales.get(locale);
    if (!store) this.locales.set(locale, (store = new LocaleStore(join(this.dir, `${locale}${this.suffix}`))));
    return store;
  }
}

class LocaleStore {
  private readonly base: string;
  private readonly entries = new Map<string, StoredRender>();
  private readonly used = new Map<string, StoredRender>();
  private fd: number | undefined;
  private size = 0;
  private changed = false;

  constructor(base: string) {
    this.base = base;
    try {
      const index = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as {
        format: string;
        entries: Record<string, StoredRender>;
      };
      // Entries are only as good as the data file they point into.
      const size = existsSync(`${base}.html`) ? statSync(`${base}.html`).size : -1;
      const entries = index.format === FORMAT ? Object.values(index.entries) : [];
      if (entries.every((e) => e.offset + e.length <= size))
        for (const [key, entry] of Object.entries(index.entries)) this.entries.set(key, entry);
    } catch {
      // No store yet, or a damaged one: render afresh.
    }
  }

  /** The entry, if its HTML is still in the data file as it was written. */
  get(key: string): StoredRender | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.read(entry) === undefined) {
      this.entries.delete(key);
      this.used.delete(key);
      this.changed = true;
      return undefined;
    }
    this.used.set(key, entry);
    return entry;
  }

  add(key: string, rendered: RenderedArticle): StoredRender {
    const bytes = Buffer.from(rendered.html, 'utf8');
    const fd = this.file();
    writeSync(fd, bytes, 0, bytes.length, this.size);
    const entry: StoredRender = {
      offset: this.size,
      length: bytes.length,
      hash: bytesHash(bytes),
      headings: rendered.headings,
      hasSideBySide: rendered.hasSideBySide,
      summary: summarize(rendered.text),
    };
    if (rendered.title !== undefined) entry.title = rendered.title;
    this.size += bytes.length;
    this.entries.set(key, entry);
    this.used.set(key, entry);
    this.changed = true;
    return entry;
  }

  html(entry: StoredRender): string {
    const bytes = this.read(entry);
    // `get` verified it; only a writer outside the lock could have changed it since.
    if (bytes === undefined)
      throw new Error(`errata: the render store ${this.base}.html changed while this build read it; build again.`);
    return bytes.toString('utf8');
  }

  /** The entry's bytes, or undefined when they are missing or not the ones stored. */
  private read(entry: StoredRender): Buffer | undefined {
    const bytes = Buffer.allocUnsafe(entry.length);
    const got = readSync(this.file(), bytes, 0, entry.length, entry.offset);
    return got === entry.length && bytesHash(bytes) === entry.hash ? bytes : undefined;
  }

  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return;
    const live = [...this.used.values()].reduce((sum, e) => sum + e.length, 0);
    if (this.size > 2 * live + (1 << 20)) this.compact();
    writeFileAtomic.sync(
      `${this.base}.json`,
      JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.used) }),
    );
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The data file with only the entries in use, in place of the old one. */
  private compact(): void {
    const target = `${this.base}.html.${process.pid}.tmp`;
    const out = openSync(target, 'w');
    let offset = 0;
    for (const [key, entry] of this.used) {
      const bytes = Buffer.allocUnsafe(entry.length);
      readSync(this.file(), bytes, 0, entry.length, entry.offset);
      writeSync(out, bytes, 0, bytes.length, offset);
      this.used.set(key, { ...entry, offset });
      offset += bytes.length;
    }
    closeSync(out);
    this.close();
    renameSync(target, `${this.base}.html`);
    this.size = offset;
  }

  private file(): number {
    if (this.fd === undefined) {
      mkdirSync(join(this.base, '..'), { recursive: true });
      // Entries from a store whose index was lost point nowhere: start the data file afresh.
      this.fd = openSync(`${this.base}.html`, this.entries.size > 0 ? 'a+' : 'w+');
      this.size = fstatSync(this.fd).size;
    }
    return this.fd;
  }
}

/** A meta description from an article's visible text: its first ~160 characters, cut at a space. */
export function summarize(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const cut = flat.slice(0, 157);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 120))}…`;
}
