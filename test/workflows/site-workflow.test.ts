/**
 * .github/workflows/site.yml: valid for GitHub Actions (checked by action-validator, which
 * holds the file to GitHub's workflow schema), every errata step an npm script that exists,
 * and those steps, run here in order as the jobs run them, publish a merged site.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { bundledRegistry, FRONT_MATTER, makeContent } from '../helpers/content.ts';
import { calledScripts, packageScripts as scripts, readWorkflow, runStep, workspaceWith } from './helpers/workflow.ts';

const { source, workflow } = readWorkflow('site.yml');
const runSteps = (job: string) =>
  workflow.jobs[job]!.steps.filter((s) => s.run !== undefined && s.run !== 'npm ci').map((s) => s.run!);
const uses = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.uses ? [s.uses.replace(/@.*/, '')] : []));

/** A workflow-level env value as the runner sets it here, where no repository variable is set: `${{ vars.X || 'default' }}` is the default. */
function envValue(value: string | number): string {
  return String(value).replace(/\$\{\{\s*vars\.\w+\s*\|\|\s*'([^']*)'\s*\}\}/g, (_, fallback: string) => fallback);
}

describe('the site workflow', () => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    // The validator does find mistakes: a job without steps' required fields.
    expect(
      validateWorkflow(source.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest')).errors.length,
    ).toBeGreaterThan(0);
  });

  it('plans, builds each shard with the cache restored, merges and deploys to Pages on a push to main', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.jobs.shard!.needs).toBe('plan');
    expect(workflow.jobs.merge!.needs).toBe('shard');
    expect(workflow.jobs.deploy!.needs).toBe('merge');
    expect(workflow.jobs.shard!.strategy!.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    for (const job of ['plan', 'shard', 'merge']) {
      expect(uses(job), job).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node']));
      expect(workflow.jobs[job]!.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toMatchObject({
        'node-version-file': 'package.json',
      });
    }
    const cache = workflow.jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/cache'))!;
    expect(cache.with!.path).toBe('.errata-cache');
    expect(cache.with!.key).toMatch(/hashFiles\('content\/\*\*', 'locales\/\*\*'/);
    expect(uses('shard')).toContain('actions/upload-artifact');
    expect(uses('merge')).toEqual(
      expect.arrayContaining(['actions/download-artifact', 'actions/upload-pages-artifact']),
    );
    expect(uses('deploy')).toEqual(['actions/deploy-pages']);
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it("does errata's work only through npm scripts that package.json has", () => {
    const all = Object.keys(workflow.jobs).flatMap(runSteps);
    expect(all.length).toBe(3);
    for (const run of all) {
      const called = calledScripts(run);
      expect(called, run).toHaveLength(1);
      expect(scripts, run).toHaveProperty(called[0]!);
      expect(run, 'errata is called through its npm script').not.toMatch(/bin\/errata|npx errata/);
    }
  });

  it('publishes a merged site when its steps run here, job after job, on a fixture', () => {
    const workspace = workspaceWith(
      makeContent({
        ...bundledRegistry(),
        'en-us/a.md': '---\ntitle: A\nms.date: 03/19/2021\n---\n# A\n\nAADSTS50000.\n',
        'en-us/b.md': '---\ntitle: B\nms.date: 03/19/2021\n---\n# B\n\nText.\n',
        'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# A\n\nAADSTS50000.\n`,
        'uk-ua/a.md': `${FRONT_MATTER('uk-UA')}# A\n\nAADSTS50000.\n`,
      }),
    );
    const outputs = join(workspace, 'github-output');
    // The workflow's env as the runner sets it, with fewer shards.
    const env = {
      ...process.env,
      ...Object.fromEntries(Object.entries(workflow.env ?? {}).map(([k, v]) => [k, envValue(v)])),
      SHARDS: '2',
      GITHUB_OUTPUT: outputs,
    };
    const run = (script: string, values: Record<string, string> = {}) => runStep(workspace, script, values, env);

    for (const step of runSteps('plan')) run(step);
    const matrix = JSON.parse(/^matrix=(.*)$/m.exec(readFileSync(outputs, 'utf8'))![1]!) as {
      include: Array<{ shard: string; locales: string }>;
    };
    expect(matrix.include.map((entry) => entry.shard)).toEqual(['1/2', '2/2']);

    matrix.include.forEach((entry, index) => {
      for (const step of runSteps('shard'))
        run(step, {
          'matrix.shard': entry.shard,
          'matrix.locales': entry.locales,
          'strategy.job-index': String(index),
        });
      // upload-artifact, then download-artifact into shards/<artifact name>/.
      cpSync(join(workspace, 'shard-out'), join(workspace, 'shards', `shard-${index}`), { recursive: true });
      rmSync(join(workspace, 'shard-out'), { recursive: true });
    });

    for (const step of runSteps('merge')) run(step);
    const site = join(workspace, 'dist');
    const report = JSON.parse(readFileSync(join(site, 'build-report.json'), 'utf8')) as {
      files: Array<{ file: string; status: string }>;
    };
    expect(report.files.map((f) => f.file)).toEqual(['en-us/a.md', 'en-us/b.md', 'sv-se/a.md', 'uk-ua/a.md']);
    expect(report.files.every((f) => f.status === 'built')).toBe(true);
    for (const page of [
      'index.html',
      'status/index.html',
      '404.html',
      'sitemap.xml',
      'api/codes.json',
      'en-us/b/index.html',
      'sv-se/index.html',
      'uk-ua/a/index.html',
    ]) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    expect(readdirSync(site).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
