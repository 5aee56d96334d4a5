/** Runs the errata command line the way a writer does, in a child process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './content.ts';

export function errata(
  args: string[],
  options: { cwd?: string } = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'bin/errata.js'), ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
