/** The errata command line: parses the command, runs it, returns the exit code. */
import { UnknownLocaleError } from '../core/read/content-files.ts';
import { describeFailure } from './failure.ts';
import { UsageError, USAGE } from './usage.ts';
import packageJson from '../../package.json' with { type: 'json' };

/** errata's version, from its package.json. */
export function version(): string {
  return packageJson.version;
}

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.ts')).check,
  build: async () => (await import('./commands/build.ts')).build,
  plan: async () => (await import('./commands/plan.ts')).plan,
  merge: async () => (await import('./commands/merge.ts')).merge,
  import: async () => (await import('./commands/import.ts')).importCommand,
  status: async () => (await import('./commands/status.ts')).status,
  'recover-source': async () => (await import('./commands/recover-source.ts')).recoverSource,
  new: async () => (await import('./commands/new.ts')).newArticle,
  dev: async () => (await import('./commands/dev.ts')).dev,
  handoff: async () => (await import('./commands/handoff.ts')).handoff,
  takeback: async () => (await import('./commands/takeback.ts')).takeback,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    console.log(version());
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(`errata: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (
      await load()
    )(args);
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof UnknownLocaleError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`errata ${name}: ${(error as Error).message}\nRun "errata ${name} --help" for its options.`);
      return 2;
    }
    const failure = describeFailure(error);
    if (failure) {
      console.error(`errata ${name}: ${failure}`);
      return 1;
    }
    throw error;
  }
}
