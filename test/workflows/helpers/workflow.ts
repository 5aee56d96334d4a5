/**
 * A workflow file read for tests, and a workspace like a runner's checkout in which its run
 * steps are executed as bash runs them on GitHub, with `${{ … }}` expressions stood in for.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, tempDir } from '../../helpers/content.ts';

export interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  id?: string;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: boolean;
}
export interface Job {
  needs?: string | string[];
  steps: Step[];
  strategy?: { matrix: unknown };
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
}
export interface Workflow {
  on: Record<string, { branches?: string[]; paths?: string[] } | null>;
  env?: Record<string, string | number>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

export function readWorkflow(name: string): { source: string; workflow: Workflow } {
  const source = readFileSync(join(REPO, '.github/workflows', name), 'utf8');
  return { source, workflow: parse(source) as Workflow };
}

export const packageScripts = (
  JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The npm scripts a run step calls. */
export function calledScripts(run: string): string[] {
  return [...run.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
}

/** errata's own files linked into a new folder, and `content` copied in as its content. */
export function workspaceWith(content: string): string {
  const workspace = tempDir('errata-workflow-');
  for (const entry of ['bin', 'src', 'node_modules', 'locales', 'package.json', 'astro.config.mjs', 'tsconfig.json'])
    symlinkSync(join(REPO, entry), join(workspace, entry));
  cpSync(content, join(workspace, 'content'), { recursive: true });
  return workspace;
}

/** Runs one step's script in the workspace; every `${{ name }}` must be given in `values`. */
export function runStep(
  workspace: string,
  script: string,
  values: Record<string, string>,
  env: NodeJS.ProcessEnv,
): string {
  const command = script.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`the test cannot stand in for \${{ ${name} }} in: ${script}`);
    return values[name]!;
  });
  return execFileSync('bash', ['-eo', 'pipefail', '-c', command], {
    cwd: workspace,
    env: { ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
