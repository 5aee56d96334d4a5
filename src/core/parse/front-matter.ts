/**
 * Splits an article into front matter and body and parses the front matter as YAML,
 * keeping where every key and value stands so each problem can be reported at file:line:col.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics.ts';
import { parseSimpleYaml } from './simple-yaml.ts';

export interface FrontMatterEntry {
  key: string;
  value: unknown;
  keyAt: Position;
  valueAt: Position;
}

export interface ParsedFrontMatter {
  /** In document order; duplicate keys are reported, the last one wins in `values`. */
  entries: FrontMatterEntry[];
  values: Map<string, FrontMatterEntry>;
  /** The YAML text between the fences. */
  yaml: string;
  body: string;
  /** File line where the body starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const FENCE = /^---[ \t]*$/;
/** Enough for any real front matter; stops alias bombs ("billion laughs") from expanding. */
const MAX_ALIAS_COUNT = 50;
const MAX_YAML_ERRORS = 3;

/** `fastPath: false` always uses the yaml package (tests compare the two). */
export function parseFrontMatter(file: string, text: string, options: { fastPath?: boolean } = {}): ParsedFrontMatter {
  const diagnostics: Diagnostic[] = [];
  const report = (at: Position, rule: string, message: string, hint: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file, line: at.line, column: at.column, severity, rule, message, hint });
  const empty = (body: string, bodyLine: number): ParsedFrontMatter =>
    ({ entries: [], values: new Map(), yaml: '', body, bodyLine, diagnostics });

  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!FENCE.test(firstLine)) {
    report({ line: 1, column: 1 }, 'front-matter-missing', 'The article has no front matter.',
      'Start the file with a line "---", the keys (title, ms.date, …) and a closing "---".');
    return empty(text, 1);
  }
  const yamlStart = firstBreak + 1;
  const close = findClosingFence(text, yamlStart);
  if (!close) {
    report({ line: 1, column: 1 }, 'front-matter-unclosed', 'The front matter opens with "---" but never closes.',
      'Add a line "---" after the last front-matter key.');
    return empty('', lineOf(text, text.length) + 1);
  }
  const yaml = text.slice(yamlStart, close.start);
  const body = text.slice(close.end);
  const bodyLine = lineOf(text, close.end);
  const result: ParsedFrontMatter = { entries: [], values: new Map(), yaml, body, bodyLine, diagnostics };
  const simple = options.fastPath === false ? undefined : parseSimpleYaml(yaml, 2);
  if (simple) {
    for (const entry of simple) addEntry(result, entry, report);
    return result;
  }
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, strict: false });
  const at = (offset: number): Position => {
    // LineCounter is 1-based within the YAML, which starts on the file's second line.
    const p = lines.linePos(offset);
    return { line: p.line + 1, column: p.col };
  };
  // One slip (a translated key, a stray colon) makes the YAML parser report a cascade; the first few say it all.
  for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
    report(at(error.pos[0]), 'front-matter-yaml', `The front matter is not valid YAML: ${firstSentence(error.message)}`,
      yamlHint(error.code));
  }
  if (doc.errors.length > 0) return result;
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    report(at(doc.contents.range?.[0] ?? 0), 'front-matter-not-a-map', 'The front matter is not a list of "key: value" lines.',
      'Write the front matter as "key: value" lines.');
    return result;
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const keyOffset = keyNode?.range?.[0] ?? 0;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number') {
      report(at(keyOffset), 'front-matter-yaml', 'A front-matter key must be plain text.', 'Write the key as plain text followed by ":".');
      continue;
    }
    const key = String(keyNode.value);
    const valueNode = pair.value as YamlNode | null;
    let value: unknown;
    try {
      value = valueNode === null ? null : valueNode.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      report(at(valueNode?.range?.[0] ?? keyOffset), 'front-matter-yaml', `The value of "${key}" cannot be read: ${firstSentence(String((error as Error).message))}`,
        'Remove YAML aliases and anchors from the front matter; write the value out.');
      continue;
    }
    addEntry(result, { key, value, keyAt: at(keyOffset), valueAt: at(valueNode?.range?.[0] ?? keyOffset) }, report);
  }
  return result;
}

type Report = (at: Position, rule: string, message: string, hint: string) => void;

function addEntry(result: ParsedFrontMatter, entry: FrontMatterEntry, report: Report): void {
  const earlier = result.values.get(entry.key);
  if (earlier) {
    report(entry.keyAt, 'front-matter-duplicate-key', `"${entry.key}" is set twice (first on line ${earlier.keyAt.line}).`,
      'Keep one of the two lines.');
  }
  result.entries.push(entry);
  result.values.set(entry.key, entry);
}

function findClosingFence(text: string, from: number): { start: number; end: number } | undefined {
  let lineStart = from;
  while (lineStart <= text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)) {
      return { start: lineStart === from ? from : lineStart - 1, end: lineEnd === -1 ? text.length : lineEnd + 1 };
    }
    if (lineEnd === -1) return undefined;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function yamlHint(code: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Put a space after each ":" and quote values that contain ": ".';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs.';
    case 'DUPLICATE_KEY':
      return 'Keep one of the duplicate keys.';
    default:
      return 'Quote values that contain ":", "#", "[" or "{", and indent list items with spaces.';
  }
}
