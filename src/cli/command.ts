/** What every command does with its arguments: parse them, and answer --help. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** The parsed option values, or undefined when --help was asked for (and printed). */
export function parseCommand<T extends ParseArgsOptionsConfig>(args: string[], options: T, help: string) {
  const { values } = parseArgs({ args, options: { ...options, ...HELP_OPTION } as T & typeof HELP_OPTION, strict: true });
  if ((values as { help?: boolean }).help) {
    console.log(help);
    return undefined;
  }
  return values;
}
