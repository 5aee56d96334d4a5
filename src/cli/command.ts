/**
 * What every command does with its arguments: parse them, and answer --help. Each command
 * has one table of its flags (flag, value name, default, description): the parser reads its
 * types, short names and defaults (node:util parseArgs ignores the other fields), and the help
 * lists every flag from it with its default, so the two cannot drift apart.
 */
import { parseArgs } from 'node:util';

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The parser's default. */
  default?: string | boolean;
  /** The value's name in the help: `DIR`, `a,b`, `satteri|reference`. */
  value?: string;
  /** A default that is no fixed value (`one per core`), shown when `default` is not set. */
  defaultText?: string;
  /** An environment variable that sets the default. */
  env?: string;
  description: string;
}

export type Flags = Record<string, FlagSpec>;

export interface CommandSpec<F extends Flags> {
  /** After `Usage: `: the command and its flags in brief. */
  usage: string;
  /** What the command does, its exit codes: the help's prose, before the table of flags. */
  prose: string;
  flags: F;
}

const HELP_FLAG = { help: { type: 'boolean', short: 'h', description: 'print this help' } } as const satisfies Flags;

/** The help: usage, prose, then every flag with its value, its default and what it does. */
export function helpText(spec: CommandSpec<Flags>): string {
  const rows = Object.entries<FlagSpec>({ ...spec.flags, ...HELP_FLAG }).map(([name, flag]) => {
    const head = `${flag.short ? `-${flag.short}, ` : '    '}--${name}${flag.value ? ` ${flag.value}` : ''}`;
    return { head, text: `${flag.description}${defaultNote(flag)}` };
  });
  const width = Math.max(...rows.map((r) => r.head.length).filter((n) => n <= 22)) + 2;
  const lines = rows.map(({ head, text }) => {
    const wrapped = wrap(text, 80 - 2 - width);
    const first =
      head.length + 2 > width
        ? [`  ${head}`, ...wrapped.map((l) => `  ${' '.repeat(width)}${l}`)]
        : [`  ${head.padEnd(width)}${wrapped[0] ?? ''}`, ...wrapped.slice(1).map((l) => `  ${' '.repeat(width)}${l}`)];
    return first.join('\n');
  });
  return `Usage: ${spec.usage}\n\n${spec.prose}\n\nOptions:\n${lines.join('\n')}`;
}

/** ` (default: dist)`, as the help says a flag's default. */
export function defaultNote(flag: FlagSpec): string {
  const value =
    flag.default === undefined
      ? flag.defaultText
      : typeof flag.default === 'boolean'
        ? flag.default
          ? 'on'
          : 'off'
        : flag.default;
  if (value === undefined) return '';
  return ` (default: ${value}${flag.env ? `; $${flag.env} sets it` : ''})`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The parsed option values, or undefined when --help was asked for (and printed). */
export function parseCommand<F extends Flags>(args: string[], spec: CommandSpec<F>) {
  const parsed = parseWithPositionals(args, spec, false);
  return parsed?.values;
}

/** Values and positional arguments (`errata merge --out DIR SHARD_DIR...`), or undefined after --help. */
export function parseWithPositionals<F extends Flags>(args: string[], spec: CommandSpec<F>, allowPositionals = true) {
  const options = { ...spec.flags, ...HELP_FLAG };
  const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals });
  if ((values as { help?: boolean }).help) {
    console.log(helpText(spec));
    return undefined;
  }
  return { values, positionals };
}
