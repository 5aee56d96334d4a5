/**
 * How `errata build` shows its progress (build-progress.ts events): a live line per step on a
 * terminal, plain lines in CI or when the output is not a terminal, JSON lines for scripts,
 * nothing with --quiet.
 */
import type { BuildProgress } from '../../pipeline/build-progress.ts';

export interface ProgressOutput {
  onProgress(event: BuildProgress): void;
  /** The build is over (done or failed): stop the live lines and timers before the summary is printed. */
  finish(): void;
}

export type ProgressMode = 'tty' | 'plain' | 'json' | 'quiet';

/** CI services set CI (GitHub Actions, GitLab, Azure Pipelines' TF_BUILD aside): "false" and "0" say it is not. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI ?? (env.TF_BUILD ? 'true' : undefined);
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** --json and --quiet as asked; else live lines on a terminal outside CI, plain lines everywhere else. */
export function progressMode(
  flags: { json: boolean; quiet: boolean },
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): ProgressMode {
  if (flags.json) return 'json';
  if (flags.quiet) return 'quiet';
  return stream.isTTY && !inCi(env) ? 'tty' : 'plain';
}

/** The output for a mode, writing to stdout. */
export async function progressOutput(mode: ProgressMode): Promise<ProgressOutput> {
  const line = (text: string) => void process.stdout.write(`${text}\n`);
  switch (mode) {
    case 'tty':
      return new (await import('./tty.ts')).TtyProgress(process.stdout);
    case 'json':
      return new (await import('./json.ts')).JsonProgress(line);
    case 'quiet':
      return new (await import('./quiet.ts')).QuietProgress();
    default:
      return new (await import('./plain.ts')).PlainProgress({ write: line });
  }
}
