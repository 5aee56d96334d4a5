/**
 * Rebuilds the English source of an article from a side-by-side translation:
 * every segment is replaced by the English the localization system kept beside it.
 */
import { parseDocument } from 'yaml';
import type { Segment } from './segments.ts';

/** Front-matter keys that describe a translation, not its source. */
const TRANSLATION_ONLY_KEYS = [
  'ms.openlocfilehash',
  'ms.sourcegitcommit',
  'ms.translationtype',
  'ms.contentlocale',
  'ms.lasthandoff',
  'ms.locfileid',
];

export function recoverSourceBody(body: string, segments: readonly Segment[]): string {
  let out = '';
  let cursor = 0;
  for (const segment of segments) {
    const [from, to] = segment.source ?? segment.translated;
    out += body.slice(cursor, segment.start) + body.slice(from, to);
    cursor = segment.end;
  }
  return out + body.slice(cursor);
}

/** The English title: the first heading of the recovered body, without its Markdown and anchors. */
export function recoveredTitle(recoveredBody: string): string | undefined {
  const heading = /^ {0,3}# +(.+?)[ #]*$/m.exec(recoveredBody);
  if (!heading) return undefined;
  return (
    heading[1]!
      .replace(/<[^>]*>/g, '')
      .replace(/[*_`]/g, '')
      .trim() || undefined
  );
}

/** The translation's front matter with its localization keys removed and the English title set. */
export function sourceFrontMatter(translationYaml: string, title: string | undefined): string {
  const doc = parseDocument(translationYaml);
  for (const key of TRANSLATION_ONLY_KEYS) doc.delete(key);
  if (title) doc.set('title', title);
  return String(doc);
}
