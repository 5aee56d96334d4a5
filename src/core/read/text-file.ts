/**
 * Turns the bytes of a Markdown file into text, or says why they are not text.
 * Everything a writer could have done to a file's encoding ends here, so later
 * stages only ever see NFC-free, LF-only, BOM-less UTF-8 strings.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';

/** Larger than any real article (the corpus tops out at ~330 KB): a 10 MB file is a mistake. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface DecodedText {
  text: string;
  /** Notes about the encoding that are not fatal (BOM, CRLF). */
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(file: string, bytes: Uint8Array): DecodedText | { diagnostics: Diagnostic[] } {
  const at = { file, line: 1, column: 1 };

  if (bytes.length === 0) {
    return { diagnostics: [diagnostic(at, 'file-empty', 'empty')] };
  }
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      diagnostics: [diagnostic(at, 'file-too-large', 'tooLarge', { size: mb, limit: MAX_FILE_BYTES / 1024 / 1024 })],
    };
  }
  // UTF-16 (Notepad's "Unicode") is text in the wrong encoding, not binary, though every other byte is NUL.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      diagnostics: [
        diagnostic(at, 'file-encoding', 'utf16', { order: bytes[0] === 0xff ? 'little-endian' : 'big-endian' }),
      ],
    };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { diagnostics: [diagnostic(at, 'file-binary', 'binary')] };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { diagnostics: [diagnostic(at, 'file-encoding', 'notUtf8')] };
  }
  const diagnostics: Diagnostic[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push(diagnostic(at, 'file-bom', 'bom'));
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    diagnostics.push(diagnostic(at, 'file-line-endings', 'crlf'));
  }
  return { text, diagnostics };
}
