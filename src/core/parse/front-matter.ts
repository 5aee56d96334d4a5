/**
 * Splits an article into front matter and body and parses the front matter as YAML,
 * keeping where every key and value stands so each problem can be reported at file:line:col.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { diagnostic, type DataArgument, type MessageId, type RuleId } from '../diagnostics/rule-registry.ts';
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
  const report: Report = (at, rule, messageId, ...data) =>
    diagnostics.push(diagnostic({ file, ...at }, rule, messageId, ...data));
  const empty = (body: string, bodyLine: number): ParsedFrontMatter => ({
    entries: [],
    values: new Map(),
    yaml: '',
    body,
    bodyLine,
    diagnostics,
  });

  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!FENCE.test(firstLine)) {
    report({ line: 1, column: 1 }, 'front-matter-missing', 'missing');
    return empty(text, 1);
  }
  const yamlStart = firstBreak + 1;
  const close = findClosingFence(text, yamlStart);
  if (!close) {
    report({ line: 1, column: 1 }, 'front-matter-unclosed', 'unclosed');
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
    report(at(error.pos[0]), 'front-matter-yaml', yamlMessage(error.code), { problem: firstSentence(error.message) });
  }
  if (doc.errors.length > 0) return result;
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    report(at(doc.contents.range?.[0] ?? 0), 'front-matter-not-a-map', 'notAMap');
    return result;
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null;
    const keyOffset = keyNode?.range?.[0] ?? 0;
    if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
      report(at(keyOffset), 'front-matter-yaml', 'keyNotText');
      continue;
    }
    const key = String(keyNode.value);
    const valueNode = pair.value as YamlNode | null;
    let value: unknown;
    try {
      value = valueNode === null ? null : valueNode.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      report(at(valueNode?.range?.[0] ?? keyOffset), 'front-matter-yaml', 'valueUnreadable', {
        key,
        problem: firstSentence(String((error as Error).message)),
      });
      continue;
    }
    addEntry(result, { key, value, keyAt: at(keyOffset), valueAt: at(valueNode?.range?.[0] ?? keyOffset) }, report);
  }
  return result;
}

type Report = <R extends RuleId, M extends MessageId<R>>(
  at: Position,
  rule: R,
  messageId: M,
  ...data: DataArgument<R, M>
) => void;

function addEntry(result: ParsedFrontMatter, entry: FrontMatterEntry, report: Report): void {
  const earlier = result.values.get(entry.key);
  if (earlier) {
    report(entry.keyAt, 'front-matter-duplicate-key', 'duplicate', { key: entry.key, firstLine: earlier.keyAt.line });
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
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

/** The message whose hint names the usual fix for the YAML parser's error code. */
function yamlMessage(code: string): MessageId<'front-matter-yaml'> & `syntax${string}` {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'syntaxColon';
    case 'TAB_AS_INDENT':
      return 'syntaxTab';
    case 'DUPLICATE_KEY':
      return 'syntaxDuplicate';
    default:
      return 'syntax';
  }
}
