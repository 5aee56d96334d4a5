/** A small multi-locale site to build in several ways (shards, batches) and compare byte for byte. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRegistry, FRONT_MATTER, makeContent } from '../../helpers/content.ts';

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Five locales of 6, 5, 4, 3 and 2 articles (one with an error that only --keep-going
 * publishes, an include and media), one locale without articles (ko-kr: a home, but no line
 * in any build report), and `extra` files on top.
 */
export function multiLocaleContent(extra: Record<string, string> = {}): string {
  const files: Record<string, string | Uint8Array> = { ...bundledRegistry() };
  const sizes: Record<string, number> = { 'en-us': 6, 'de-de': 5, 'fr-fr': 4, 'ja-jp': 3, 'zh-tw': 2 };
  for (const [locale, count] of Object.entries(sizes)) {
    const tag = locale.replace(/-(\w+)$/, (_, region: string) => `-${region.toUpperCase()}`);
    for (let i = 1; i <= count; i++) {
      const head =
        locale === 'en-us'
          ? `---\ntitle: Article ${i}\nms.date: 03/19/2021\n---\n`
          : FRONT_MATTER(tag).replace('A test article', `${locale} article ${i}`);
      files[`${locale}/article-${i}.md`] =
        `${head}# Article ${i}\n\nThe error AADSTS50000 in ${locale}, paragraph ${i}.\n`;
    }
  }
  files['de-de/article-2.md'] = `${FRONT_MATTER('de-DE')}# Aktiv\n\n<script>alert(1)</script>\n`;
  files['fr-fr/includes/note.md'] = 'A fragment.\n';
  files['ja-jp/media/pixel.png'] = PIXEL;
  files['ko-kr/media/pixel.png'] = PIXEL;
  files['ja-jp/article-1.md'] = `${FRONT_MATTER('ja-JP')}# 記事\n\n![pixel](media/pixel.png)\n`;
  return makeContent({ ...files, ...extra });
}

/** Every file below `dir`, relative, sorted. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
