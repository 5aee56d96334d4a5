/** Reads an article's body again, for callers that kept only its metadata (the site build's processes). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { decodeText } from './text-file.ts';

export function readArticleBody(contentDir: string, file: string): string {
  try {
    const decoded = decodeText(file, readFileSync(join(contentDir, file)));
    return 'text' in decoded ? parseFrontMatter(file, decoded.text).body : '';
  } catch {
    return '';
  }
}
