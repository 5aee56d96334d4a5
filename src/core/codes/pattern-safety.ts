/**
 * Rule `registry-unsafe-pattern`: a family's expressions run over every article and in every
 * reader's browser (search.js), so one with catastrophic backtracking — `(a+)+$` — hangs a
 * build or a tab. recheck (a ReDoS checker: automata analysis, fuzzing where that cannot
 * decide) judges each expression; a hand-made heuristic would miss the disguised cases.
 *
 * - `vulnerable` (exponential or polynomial) is rejected: polynomial too, since articles
 *   run to 300 KB and a quadratic expression over them is minutes.
 * - `unknown` (recheck timed out or cannot read the syntax) is rejected too: an expression
 *   nobody could prove safe is not run on readers' machines. Duplicate named groups
 *   (`(?<code>…)|(?<code>…)`, which errata's families use) are the one syntax recheck does
 *   not read; they are renamed apart before checking, which leaves the backtracking unchanged.
 *
 * recheck costs ~0.5 s to load and up to ~0.5 s per expression (fuzzing), and the registry is
 * loaded by every process of a build. So verdicts are kept: in memory per process, and on disk
 * in `.errata-cache/pattern-verdicts/`, one file per expression named by the hash of the
 * expression, its flags and recheck's version, holding that key again (a file whose key does
 * not match is ignored). recheck is loaded only when some verdict is missing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PatternVerdict =
  | { safe: true }
  | { safe: false; complexity: 'exponential' | 'polynomial'; attack: string }
  | { safe: false; reason: string };

/** Longer than any real family takes (≤ 0.5 s on a busy machine), short enough not to stall a check. */
const TIMEOUT_MS = 10_000;
const require = createRequire(import.meta.url);
const CACHE_DIR = fileURLToPath(new URL('../../../.errata-cache/pattern-verdicts/', import.meta.url));
const memory = new Map<string, PatternVerdict>();
let recheck: typeof import('recheck') | undefined;
let version: string | undefined;

export function patternVerdict(source: string, flags: string): PatternVerdict {
  const key = verdictKey(source, flags);
  let verdict = memory.get(key) ?? readVerdict(key);
  if (!verdict) {
    verdict = judge(source, flags);
    writeVerdict(key, verdict);
  }
  memory.set(key, verdict);
  return verdict;
}

function judge(source: string, flags: string): PatternVerdict {
  recheck ??= require('recheck') as typeof import('recheck');
  const result = recheck.checkSync(renameGroupsApart(source), flags, { timeout: TIMEOUT_MS });
  if (result.status === 'safe') return { safe: true };
  if (result.status === 'vulnerable') {
    return { safe: false, complexity: result.complexity.type, attack: shorten(result.attack.string) };
  }
  const error = result.error;
  const reason =
    error.kind === 'timeout'
      ? `the analysis took longer than ${TIMEOUT_MS / 1000} s`
      : 'message' in error
        ? error.message
        : error.kind;
  return { safe: false, reason };
}

/** `(?<code>a)|(?<code>b)` → `(?<g1>a)|(?<g2>b)`: the same expression for backtracking, readable by recheck. */
export function renameGroupsApart(source: string): string {
  let n = 0;
  return source.replace(/(?<!\\)\(\?<(?![=!])[^>]*>/g, () => `(?<g${++n}>`);
}

function shorten(attack: string): string {
  const printable = attack.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

function verdictKey(source: string, flags: string): string {
  version ??= (require('recheck/package.json') as { version: string }).version;
  return createHash('sha256').update(`${version}\0${flags}\0${source}`).digest('hex');
}

function readVerdict(key: string): PatternVerdict | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(CACHE_DIR, `${key}.json`), 'utf8')) as {
      key?: string;
      verdict?: PatternVerdict;
    };
    return stored.key === key && typeof stored.verdict?.safe === 'boolean' ? stored.verdict : undefined;
  } catch {
    return undefined;
  }
}

function writeVerdict(key: string, verdict: PatternVerdict): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = join(CACHE_DIR, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temporary, JSON.stringify({ key, verdict }));
    renameSync(temporary, join(CACHE_DIR, `${key}.json`));
  } catch {
    // A verdict that cannot be kept is judged again next time: slower, never wrong.
  }
}
