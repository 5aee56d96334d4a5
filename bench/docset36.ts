/**
 * The AlchemyInsights docset's size for bench:scale --docset: 36 locales, ~105,000 articles.
 * The corpus has 30 of its locales; the other six (ja-JP, ko-KR, de-DE, he-IL, th-TH,
 * sr-Latn-RS) are held out, so each is made from a corpus locale of a like script or
 * direction — its files under the held-out tag, `ms.contentlocale` rewritten. Their text is
 * not that language's, which matters to no figure measured here (time, pages, memory) except
 * the search index's size, which follows the source locale's words. The 30 corpus locales are
 * hard links (no copy, and no symbolic link, which a build refuses).
 */
import {
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Held-out locale ← the corpus locale it is made from. */
export const HELD_OUT: Record<string, { from: string; tag: string }> = {
  'ja-jp': { from: 'zh-cn', tag: 'ja-JP' },
  'ko-kr': { from: 'zh-tw', tag: 'ko-KR' },
  'de-de': { from: 'nl-nl', tag: 'de-DE' },
  'he-il': { from: 'ar-sa', tag: 'he-IL' },
  'th-th': { from: 'vi-vn', tag: 'th-TH' },
  'sr-latn-rs': { from: 'hr-hr', tag: 'sr-Latn-RS' },
};

/** `content` (the corpus's 30 locales, with the registry) and the six more, in `dir` (made once). */
export function docset36(content: string, dir: string): string {
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  linkTree(content, dir);
  for (const [locale, { from, tag }] of Object.entries(HELD_OUT)) {
    cpSync(join(content, from), join(dir, locale), { recursive: true });
    for (const name of readdirSync(join(dir, locale), { recursive: true }).map(String)) {
      if (!name.endsWith('.md')) continue;
      const path = join(dir, locale, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^ms\.contentlocale:.*$/m, `ms.contentlocale: ${tag}`));
    }
  }
  writeFileSync(done, '');
  return dir;
}

function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) linkTree(source, join(to, name));
    else linkSync(source, join(to, name));
  }
}
