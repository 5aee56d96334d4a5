/**
 * Which file a request may get: only a file inside one of the folders errata dev serves
 * (its own output, the content, the site's public folder, the last build's search index),
 * judged by where the path really leads, so neither `/../` nor a symbolic link reaches out.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isWithin } from '../core/read/inside-content.ts';

/**
 * The request path's segments, decoded; undefined for a path that is not one errata serves:
 * `..` or `.` segments (encoded or not), backslashes, NUL, malformed escapes.
 */
export function pathSegments(pathname: string): string[] | undefined {
  const raw = pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const part of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (decoded === '.' || decoded === '..' || /[\\\0/]/.test(decoded)) return undefined;
    segments.push(decoded);
  }
  return segments;
}

/** The file `segments` name inside `root` (a folder: its index.html), when it really is inside. */
export function fileInside(root: string, segments: readonly string[]): string | undefined {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(root, ...segments));
  } catch {
    return undefined;
  }
  if (!isWithin(realRoot, real)) return undefined;
  try {
    const stats = statSync(real);
    if (stats.isFile()) return real;
    if (stats.isDirectory()) return fileInside(root, [...segments, 'index.html']);
  } catch {
    // Gone meanwhile.
  }
  return undefined;
}

export function readServed(path: string): Buffer {
  return readFileSync(path);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
