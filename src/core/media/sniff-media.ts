/**
 * Whether a media file's bytes are what its name says. The name decides the type a web
 * server sends, but a file's start decides what it really is, and some hosts, browsers and
 * downloads go by the bytes: an HTML page named `x.png` must not reach the site.
 *
 * Each file's first 4,100 bytes (file-type's own sample size) are read and judged in order:
 *
 * 1. Empty: nothing to publish.
 * 2. The signature of a type errata publishes (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO, PDF),
 *    checked here as file-type checks it (test/core/media-sniff.test.ts holds the two to the
 *    same answers). This is the answer for all but odd files, and costs no more than the read.
 * 3. Markup: an HTML page, SVG or XML document, sniffed from the text as the WHATWG MIME
 *    Sniffing standard does. file-type reads binary formats only and would not know them.
 * 4. Anything else goes to `file-type`, which names ~180 formats (a Windows program, a ZIP
 *    archive, a TIFF image…). Its API is asynchronous only (v21 has no sync detection), and
 *    the media listing is synchronous — the build's copy step and the check call it — so the
 *    files that come this far are sent, all at once, to a worker thread that runs file-type
 *    while this thread waits for its answer (Atomics.wait). A clean docset never starts it.
 *
 * Measured on the corpus (fr-FR and zh-TW side-by-side, 61 media files each, 58 PNG + 3 GIF;
 * a 2-core machine shared with other jobs, load 7–15): listing a locale's media took 0.25–0.4 ms
 * by names alone and 1–2.3 ms (median of 30) with every file's start read and checked, so
 * ~15–35 µs a file, the open and read; none of them reaches file-type. When files do, the
 * worker costs 0.3–0.6 s per listing under that load (a bare worker thread alone took
 * 0.19–0.37 s; importing file-type 70–80 ms on a quiet machine) and ~0.1 ms a file. Its answers
 * are kept for the process, by file start, so the check and the build's copy step, which both
 * list the media, start it once.
 *
 * A file that starts as an image and carries a page further on (a polyglot) passes: browsers
 * sniff by the start too, so they take it for the image it starts as.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** The published types, by what their bytes can be. */
export type MediaFamily = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'bmp' | 'ico' | 'pdf';

/** The published extensions: the type each promises, in words for messages. */
export const DECLARED_TYPES: Readonly<Record<string, { family: MediaFamily; name: string }>> = {
  '.png': { family: 'png', name: 'a PNG image' },
  '.jpg': { family: 'jpg', name: 'a JPEG image' },
  '.jpeg': { family: 'jpg', name: 'a JPEG image' },
  '.gif': { family: 'gif', name: 'a GIF image' },
  '.webp': { family: 'webp', name: 'a WebP image' },
  '.avif': { family: 'avif', name: 'an AVIF image' },
  '.bmp': { family: 'bmp', name: 'a BMP image' },
  '.ico': { family: 'ico', name: 'an ICO icon' },
  '.pdf': { family: 'pdf', name: 'a PDF document' },
};

const FAMILY_NAMES: Record<MediaFamily, string> = {
  png: 'a PNG image',
  jpg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  avif: 'an AVIF image',
  bmp: 'a BMP image',
  ico: 'an ICO icon',
  pdf: 'a PDF document',
};

/** file-type's extensions for the published families (an animated PNG is a PNG to a browser). */
const FILE_TYPE_FAMILIES: Record<string, MediaFamily> = {
  png: 'png',
  apng: 'png',
  jpg: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  bmp: 'bmp',
  ico: 'ico',
  cur: 'ico',
  pdf: 'pdf',
};

/**
 * file-type's answers that run code or render as a document, named for the message. Any of
 * these (or markup, or text) under a published name is an error: it is how a page or a program
 * would be slipped past the check of names.
 */
const ACTIVE_FORMATS: Record<string, string> = {
  exe: 'a Windows program',
  elf: 'a Linux program',
  macho: 'a macOS program',
  dmg: 'a macOS disk image',
  deb: 'a Debian package',
  rpm: 'an RPM package',
  apk: 'an Android app',
  jar: 'a Java archive',
  class: 'a Java class file',
  wasm: 'a WebAssembly module',
  swf: 'a Flash file',
  crx: 'a browser extension',
  xpi: 'a browser extension',
  chm: 'a compiled HTML help file',
  lnk: 'a Windows shortcut',
  reg: 'a Windows registry file',
  ps: 'a PostScript program',
  eps: 'a PostScript program',
  xml: 'an XML document (it can carry script)',
  pdf: 'a PDF document',
};

export const SAMPLE_BYTES = 4100;

/** What a file turned out to be. `ok` files are published; the others are not. */
export type MediaVerdict =
  | { status: 'ok' }
  | { status: 'empty' }
  /** The bytes are a page, script, document or program: an error. */
  | { status: 'disguised'; actual: string }
  /** The bytes are some other type errata does not publish, or none it recognises: a warning. */
  | { status: 'mismatch'; actual: string };

interface Identified {
  family?: MediaFamily;
  /** In words, for messages: `an HTML page`. */
  description: string;
  active: boolean;
}

/** Judges each file (`paths` absolute, `extensions` its published extension, lower case), in order. */
export function sniffMedia(paths: readonly string[], extensions: readonly string[]): MediaVerdict[] {
  const verdicts: MediaVerdict[] = new Array(paths.length);
  const pending: Array<{ index: number; head: Uint8Array }> = [];
  for (const [index, path] of paths.entries()) {
    const declared = DECLARED_TYPES[extensions[index]!]!.family;
    const head = readHead(path);
    if (head === undefined) verdicts[index] = { status: 'mismatch', actual: 'unreadable (errata could not open it)' };
    else if (head.length === 0) verdicts[index] = { status: 'empty' };
    else {
      const known = signatureFamily(head);
      const markup = known ? undefined : sniffMarkup(head);
      if (known) verdicts[index] = judge(declared, { family: known, description: FAMILY_NAMES[known], active: false });
      else if (markup) verdicts[index] = judge(declared, { description: markup, active: true });
      else pending.push({ index, head });
    }
  }
  if (pending.length > 0) {
    const keys = pending.map(({ head }) => Buffer.from(head.buffer, head.byteOffset, head.length).toString('base64'));
    const unknown = [...new Set(keys.filter((key) => !fileTypeAnswers.has(key)))];
    if (fileTypeAnswers.size + unknown.length > MAX_KEPT_ANSWERS) fileTypeAnswers.clear();
    const types = unknown.length > 0 ? fileTypes(unknown.map((key) => Buffer.from(key, 'base64'))) : [];
    for (const [i, key] of unknown.entries()) fileTypeAnswers.set(key, types[i]);
    for (const [i, { index, head }] of pending.entries())
      verdicts[index] = judge(
        DECLARED_TYPES[extensions[index]!]!.family,
        identify(fileTypeAnswers.get(keys[i]!), head),
      );
  }
  return verdicts;
}

type FileTypeAnswer = { ext: string; mime: string } | undefined;
/** file-type's answers so far, by the file start it was given (base64): it sees nothing else. */
const fileTypeAnswers = new Map<string, FileTypeAnswer>();
const MAX_KEPT_ANSWERS = 2000;

function judge(declared: MediaFamily, actual: Identified): MediaVerdict {
  if (actual.family === declared) return { status: 'ok' };
  // An image saved under another image type's name (a JPEG named .png — screenshot tools do it)
  // is published: browsers decode an image by its bytes whatever its name or Content-Type says,
  // so it displays everywhere, and it cannot run anything. Reporting it would be noise.
  if (actual.family !== undefined && actual.family !== 'pdf' && declared !== 'pdf') return { status: 'ok' };
  if (actual.active || actual.family === 'pdf') return { status: 'disguised', actual: actual.description };
  return { status: 'mismatch', actual: actual.description };
}

/** The first SAMPLE_BYTES bytes of a file; undefined when it cannot be read. */
function readHead(path: string): Uint8Array | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    let length = 0;
    for (let read = -1; read !== 0 && length < SAMPLE_BYTES; length += read)
      read = readSync(fd, buffer, length, SAMPLE_BYTES - length, length);
    return buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = ascii('GIF');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const FTYP = ascii('ftyp');
const AVIF_BRANDS = new Set(['avif', 'avis']);
const BMP = ascii('BM');
const ICO = [0x00, 0x00, 0x01, 0x00];
const CUR = [0x00, 0x00, 0x02, 0x00];
const PDF = ascii('%PDF');

/** The published family whose signature the bytes start with, as file-type reads those signatures. */
export function signatureFamily(head: Uint8Array): MediaFamily | undefined {
  if (startsWith(head, PNG)) return 'png';
  // FF D8 FF F7 is JPEG-LS, which browsers do not show.
  if (startsWith(head, JPEG) && head[3] !== 0xf7) return 'jpg';
  if (startsWith(head, GIF)) return 'gif';
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return 'webp';
  if (startsWith(head, FTYP, 4) && head.length >= 12 && AVIF_BRANDS.has(String.fromCharCode(...head.subarray(8, 12))))
    return 'avif';
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, ICO) || startsWith(head, CUR)) return 'ico';
  if (startsWith(head, BMP)) return 'bmp';
  return undefined;
}

/**
 * The start of the file as text, when it is text: a byte-order mark names the encoding, else
 * it must be UTF-8 without the bytes the MIME Sniffing standard calls binary.
 */
function asText(head: Uint8Array): string | undefined {
  let encoding = 'utf-8';
  let start = 0;
  if (startsWith(head, [0xfe, 0xff])) [encoding, start] = ['utf-16be', 2];
  else if (startsWith(head, [0xff, 0xfe])) [encoding, start] = ['utf-16le', 2];
  else if (startsWith(head, [0xef, 0xbb, 0xbf])) start = 3;
  let text: string;
  try {
    // `stream`: the sample may end inside a character.
    text = new TextDecoder(encoding, { fatal: true }).decode(head.subarray(start), { stream: true });
  } catch {
    return undefined;
  }
  return /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/.test(text) ? undefined : text;
}

/** The MIME Sniffing standard's HTML patterns: each followed by a space or `>`. */
const HTML_START = /^<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[ >]/i;

/** An HTML page, SVG image or XML document, named for the message; undefined for anything else. */
export function sniffMarkup(head: Uint8Array): string | undefined {
  const text = asText(head);
  if (text === undefined) return undefined;
  const start = text.replace(/^[\t\n\f\r ]+/, '');
  if (/^<svg[\s>/]/i.test(start) || (/^<(?:\?xml|!doctype svg)/i.test(start) && /<svg[\s>/]/i.test(text)))
    return 'an SVG image (SVG can carry script)';
  if (HTML_START.test(start) || (/^<\?xml/i.test(start) && /<html[\s>]/i.test(text))) return 'an HTML page';
  if (/^<\?xml/i.test(start)) return 'an XML document (it can carry script)';
  return undefined;
}

function identify(type: FileTypeAnswer, head: Uint8Array): Identified {
  if (type) {
    const family = FILE_TYPE_FAMILIES[type.ext];
    if (family) return { family, description: FAMILY_NAMES[family], active: false };
    const active = ACTIVE_FORMATS[type.ext];
    if (active) return { description: `${active} (${type.mime})`, active: true };
    return {
      description: `${/^[aeiou]/i.test(type.ext) ? 'an' : 'a'} ${type.ext.toUpperCase()} file (${type.mime})`,
      active: false,
    };
  }
  // Text file-type cannot name: a script is text too, and a browser that sniffs could run it.
  if (asText(head) !== undefined) return { description: 'text (it could be a script)', active: true };
  return { description: 'no type errata recognises (the file may be damaged)', active: false };
}

/** How long to wait for file-type's worker before calling every file it was asked about unknown. */
const WORKER_TIMEOUT_MS = 30_000;

/** file-type's answer for each file start, from a worker thread, waited for synchronously. */
function fileTypes(heads: Uint8Array[]): FileTypeAnswer[] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./sniff-worker.ts', import.meta.url), {
    workerData: { port: port2, signal, heads },
    transferList: [port2],
  });
  worker.unref();
  try {
    Atomics.wait(signal, 0, 0, WORKER_TIMEOUT_MS);
    const answer: unknown = receiveMessageOnPort(port1)?.message;
    return Array.isArray(answer) && answer.length === heads.length ? answer : heads.map(() => undefined);
  } finally {
    port1.close();
    void worker.terminate();
  }
}
