/**
 * A fast path for the front matter nearly every article has: flat `key: value` lines and
 * `- item` lists of plain or simply quoted strings. The `yaml` package costs ~0.14 ms a
 * file, a third of the whole per-file budget of `errata check`; this costs a tenth of that.
 * It answers only when the text is certainly in that subset and means exactly what the
 * `yaml` package would read (the corpus test holds the two equal on every file);
 * anything else returns undefined and goes through the `yaml` package.
 */
import type { FrontMatterEntry } from './front-matter.ts';

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.,-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const ITEM_LINE = /^( *)- (.*?)[ \t]*$/;
/** Plain scalars YAML 1.2 (core schema) reads as something other than a string. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:0o[0-7]+|0x[0-9a-fA-F]+|[0-9]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)))$/;
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;

export function parseSimpleYaml(yaml: string, firstLine: number): FrontMatterEntry[] | undefined {
  const entries: FrontMatterEntry[] = [];
  const lines = yaml.split('\n');
  let list: { entry: FrontMatterEntry; items: string[]; indent: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = firstLine + i;
    if (line.trim() === '') {
      if (list) return undefined; // a blank line inside a list: leave the subtleties to the yaml package
      continue;
    }
    const item = ITEM_LINE.exec(line);
    if (item) {
      if (!list || (list.items.length > 0 && item[1]!.length !== list.indent)) return undefined;
      const value = scalar(item[2]!);
      if (typeof value !== 'string') return undefined;
      if (list.items.length === 0) {
        list.indent = item[1]!.length;
        list.entry.valueAt = { line: lineNo, column: list.indent + 1 };
      }
      list.items.push(value);
      continue;
    }
    const keyLine = KEY_LINE.exec(line);
    if (!keyLine) return undefined;
    const key = keyLine[1]!;
    const rest = keyLine[2] ?? '';
    const entry: FrontMatterEntry = {
      key,
      value: null,
      keyAt: { line: lineNo, column: 1 },
      valueAt: { line: lineNo, column: key.length + 1 },
    };
    list = undefined;
    if (rest === '') {
      list = { entry, items: [], indent: 0 };
      entry.value = list.items;
    } else {
      const value = scalar(rest);
      if (value === undefined) return undefined;
      entry.value = value;
      entry.valueAt = { line: lineNo, column: line.indexOf(rest, key.length + 1) + 1 };
    }
    entries.push(entry);
  }
  // `key:` with no list after it is null, as in YAML.
  for (const entry of entries) {
    if (Array.isArray(entry.value) && entry.value.length === 0) entry.value = null;
  }
  return entries;
}

/** The string a scalar means, or undefined when it is not certainly a simple string. */
function scalar(text: string): string | undefined {
  const first = text[0];
  if (first === '"') {
    return /^"[^"\\]*"$/.test(text) ? text.slice(1, -1) : undefined;
  }
  if (first === "'") {
    return /^'[^']*'$/.test(text) ? text.slice(1, -1) : undefined;
  }
  if (
    !PLAIN_START.test(text) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':') ||
    NOT_A_STRING.test(text)
  )
    return undefined;
  return text;
}
