/**
 * The start of a file, up to the end of its front matter: what the light, site-wide passes
 * (staleness of locales not being checked, the content index) read instead of whole files.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { decodeText } from './text-file.ts';

/** Front matter fits in this many bytes in every real article; longer ones are read whole. */
const HEAD_BYTES = 16 * 1024;
const buffer = Buffer.alloc(HEAD_BYTES);

/** Whether the head of a file of these bytes is the whole file's text (`frontMatterHead`). */
export function headIsWhole(bytes: Uint8Array): boolean {
  return bytes.length < HEAD_BYTES;
}

/**
 * What `readFrontMatterHead` gives for a file whose bytes are at hand already: the same
 * text, so a pass over read files and a light pass over unread ones agree exactly.
 */
export function frontMatterHead(path: string, bytes: Uint8Array): string | undefined {
  const length = Math.min(bytes.length, HEAD_BYTES);
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, length);
  const decoded = decodeText(path, length === HEAD_BYTES ? start.subarray(0, lastLineBreak(start)) : start);
  if (!('text' in decoded)) return undefined;
  if (length < HEAD_BYTES || /\n---[ \t]*\n/.test(decoded.text.slice(3))) return decoded.text;
  const whole = decodeText(path, bytes);
  return 'text' in whole ? whole.text : undefined;
}

/**
 * The decoded text up to the end of the front matter (or all of it when that is further);
 * undefined when unreadable. `opened`, when given, is told the file's stats before it is read.
 */
export function readFrontMatterHead(path: string, opened?: (stats: Stats) => void): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    opened?.(fstatSync(fd));
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const decoded = decodeText(path, buffer.subarray(0, length === buffer.length ? lastLineBreak(buffer) : length));
    if (!('text' in decoded)) return undefined;
    if (length < buffer.length || /\n---[ \t]*\n/.test(decoded.text.slice(3))) return decoded.text;
  } finally {
    closeSync(fd);
  }
  const whole = decodeText(path, readFileSync(path));
  return 'text' in whole ? whole.text : undefined;
}

/** Cut at the last line break so a multi-byte character is never split. */
function lastLineBreak(bytes: Buffer): number {
  const at = bytes.lastIndexOf(10);
  return at === -1 ? bytes.length : at + 1;
}
