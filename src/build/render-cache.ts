/**
 * Rendered HTML survives between builds: an article whose body, locale and renderer are
 * unchanged is not rendered again. One file per locale keeps the cache to a handful of reads.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedArticle } from '../core/render/index.ts';
import { WHOLE, type Share } from './share.ts';

let rendererHash: string | undefined;

/** A hash of the renderer's own source: changing the renderer invalidates every entry. */
function rendererVersion(): string {
  if (!rendererHash) {
    const dir = fileURLToPath(new URL('../core/render/', import.meta.url));
    const hash = createHash('sha1');
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(dir, name)));
    }
    rendererHash = hash.digest('hex');
  }
  return rendererHash;
}

export function renderKey(locale: string, base: string, body: string): string {
  return createHash('sha1').update(rendererVersion()).update('\0').update(locale).update('\0').update(base).update('\0').update(body).digest('base64url');
}

export class RenderCache {
  private readonly dir: string;
  private readonly entries = new Map<string, Map<string, RenderedArticle>>();
  private readonly used = new Map<string, Map<string, RenderedArticle>>();
  private readonly suffix: string;
  private readonly added = new Set<string>();

  /**
   * One cache per content directory, so building another one does not evict this one's
   * entries; one file per locale and share, so processes building side by side never write
   * the same file.
   */
  constructor(cacheDir: string, contentDir: string, share: Share = WHOLE) {
    this.dir = join(cacheDir, `render-${createHash('sha1').update(contentDir).digest('hex').slice(0, 12)}`);
    this.suffix = share.count === 1 ? '' : `-${share.index}-of-${share.count}`;
  }

  get(locale: string, key: string): RenderedArticle | undefined {
    const hit = this.locale(locale).get(key);
    if (hit) this.keep(locale, key, hit);
    return hit;
  }

  set(locale: string, key: string, rendered: RenderedArticle): void {
    this.keep(locale, key, rendered);
    this.added.add(locale);
  }

  /** Writes only what this build used, so deleted articles fall out of the cache; a locale's file only when that changes it. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    for (const [locale, entries] of this.used) {
      if (!this.added.has(locale) && entries.size === this.entries.get(locale)?.size) continue;
      const file = join(this.dir, `${locale}${this.suffix}.json`);
      writeFileSync(`${file}.tmp`, JSON.stringify(Object.fromEntries(entries)));
      renameSync(`${file}.tmp`, file);
    }
  }

  private keep(locale: string, key: string, rendered: RenderedArticle): void {
    let used = this.used.get(locale);
    if (!used) this.used.set(locale, (used = new Map()));
    used.set(key, rendered);
  }

  private locale(locale: string): Map<string, RenderedArticle> {
    let entries = this.entries.get(locale);
    if (!entries) {
      entries = new Map();
      try {
        const stored = JSON.parse(readFileSync(join(this.dir, `${locale}${this.suffix}.json`), 'utf8')) as Record<string, RenderedArticle>;
        for (const [key, value] of Object.entries(stored)) entries.set(key, value);
      } catch {
        // No cache yet, or a damaged one: render afresh.
      }
      this.entries.set(locale, entries);
    }
    return entries;
  }
}
