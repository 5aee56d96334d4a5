/** Reads one registry YAML file into a validated FamilyFile, keeping where each value is written. */
import { isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.ts';
import { LineIndex } from '../parse/line-index.ts';
import { diagnostic, type DataArgument, type MessageId, type RuleId } from '../diagnostics/rule-registry.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import { CODE_KEYS, FAMILY_KEYS, familyFileSchema, type FamilyFile } from './schema.ts';

/** Far more than a registry file needs; keeps an alias bomb from expanding. */
const MAX_ALIAS_COUNT = 100;

export type YamlPath = ReadonlyArray<string | number>;

export interface RegistryFile {
  /** Set when the file is valid YAML of the right shape. */
  def?: FamilyFile;
  diagnostics: Diagnostic[];
  /** Where the value at `path` is written; with `key`, where that key of the map at `path` is. */
  at(path: YamlPath, key?: string): Position;
}

export function readRegistryFile(text: string, file: string): RegistryFile {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const report = <R extends RuleId, M extends MessageId<R>>(
    at: Position,
    rule: R,
    messageId: M,
    ...data: DataArgument<R, M>
  ) => diagnostics.push(diagnostic({ file, ...at }, rule, messageId, ...data));
  // Failsafe: every scalar a string, so codes such as 0x8004de40 are not read as numbers.
  const doc = parseDocument(text, { schema: 'failsafe', prettyErrors: false });
  const at = (path: YamlPath, key?: string) => locate(doc, lines, path, key);

  for (const error of [...doc.errors, ...doc.warnings]) {
    const offset = error.pos[0];
    report(lines.position(offset), 'registry-invalid-yaml', 'invalidYaml', { problem: error.message.split('\n')[0]! });
  }
  if (diagnostics.length > 0) return { diagnostics, at };

  let value: unknown;
  try {
    // A registry file lists codes once each: it has no use for aliases beyond a few, and an alias bomb ("billion laughs") stops here.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    report(lines.position(firstAlias(doc) ?? 0), 'registry-invalid-yaml', 'aliases', {
      problem: String((error as Error).message).split('\n')[0]!,
    });
    return { diagnostics, at };
  }
  const parsed = familyFileSchema.safeParse(value);
  if (parsed.success) return { def: parsed.data, diagnostics, at };
  for (const issue of parsed.error.issues) {
    const path = issue.path as YamlPath;
    if (issue.code === 'unrecognized_keys') {
      const known = path.length === 0 ? FAMILY_KEYS : CODE_KEYS;
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        if (suggestion) report(at(path, key), 'registry-unknown-key', 'unknownSuggest', { key, suggestion });
        else report(at(path, key), 'registry-unknown-key', 'unknown', { key, known: known.join(', ') });
      }
      continue;
    }
    const name =
      path.length > 0
        ? `"${path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
            .join('')
            .slice(1)}"`
        : 'The file';
    const missing = issue.code === 'invalid_type' && !hasPath(doc, path);
    const detail = issue.message.replace(/^Invalid (?:input|option): /, '').replace(/\.$/, '');
    const problem = detail.startsWith('must')
      ? detail
      : `is invalid: ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`;
    if (missing) report(at(path), 'registry-invalid', 'missing', { name, key: String(path.at(-1)) });
    else report(at(path), 'registry-invalid', 'invalid', { name, problem });
  }
  return { diagnostics, at };
}

/** Where the first alias (`*name`) is written: the likeliest culprit when aliases expand too far. */
function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function hasPath(doc: Document, path: YamlPath): boolean {
  return path.length === 0 ? doc.contents !== null : doc.hasIn(path);
}

/** Walks up the path until a node with a position is found, so a missing value points at its parent. */
function locate(doc: Document, lines: LineIndex, path: YamlPath, key?: string): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return lines.position(pair.key.range[0]);
    }
    return lines.position(node.range[0]);
  }
  return { line: 1, column: 1 };
}
