/**
 * Sets top-level keys of an article's front matter by editing its lines, not by writing the YAML
 * anew: every other line — key order, quoting, comments, the localization system's own keys —
 * stays byte for byte, so a takeback's diff shows only what it changed.
 */
import { stringify } from 'yaml';

/** `text` (a whole article) with each key set: its line (and a block value's lines) replaced, or added at the end. */
export function setFrontMatterKeys(text: string, values: Array<[key: string, value: string]>): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (!/^---[ \t]*$/.test(lines[0] ?? '')) {
    const head = values.map(([k, v]) => keyLine(k, v));
    return ['---', ...head, '---', ''].join(newline) + text;
  }
  let close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (close === -1) close = lines.length;
  for (const [key, value] of values) {
    const at = lines.findIndex((line, i) => i > 0 && i < close && keyOf(line) === key);
    if (at === -1) {
      lines.splice(close, 0, keyLine(key, value));
      close++;
      continue;
    }
    // A block value (a list, a folded string) continues on indented lines.
    let end = at + 1;
    while (end < close && (/^[ \t]/.test(lines[end]!) || /^- /.test(lines[end]!))) end++;
    lines.splice(at, end - at, keyLine(key, value));
    close -= end - at - 1;
  }
  return lines.join(newline);
}

function keyOf(line: string): string | undefined {
  const m = /^(?:"([^"]+)"|'([^']+)'|([^\s:#'"][^:]*?))[ \t]*:(?:[ \t]|$)/.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** One `key: value` line, the value quoted as YAML needs it (a title with a colon, a hash of digits). */
function keyLine(key: string, value: string): string {
  return stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
}

/** `ms.date` style: MM/DD/YYYY, as the docsets and `errata new` write it. */
export function docsDateFromIso(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}
