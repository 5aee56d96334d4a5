/**
 * .github/workflows/pull-request.yml: valid for GitHub Actions (action-validator holds it to
 * GitHub's workflow schema), errata's steps npm scripts that exist, and those steps, run here
 * in order on a pull request made in a git repository, annotate, summarize, preview and post
 * one sticky comment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { bundledRegistry, FRONT_MATTER, makeContent } from '../helpers/content.ts';
import { calledScripts, packageScripts, readWorkflow, runStep, workspaceWith } from './helpers/workflow.ts';

const { source, workflow } = readWorkflow('pull-request.yml');
const job = workflow.jobs.check!;
const step = (name: string) => job.steps.find((s) => s.name === name)!;

describe('the pull-request workflow', () => {
  it('is a valid GitHub Actions workflow, run for changes to content and UI strings', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
    expect(
      validateWorkflow(source.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest')).errors.length,
    ).toBeGreaterThan(0);
    expect(workflow.on.pull_request?.paths).toEqual(['content/**', 'locales/**']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const uses = job.steps.flatMap((s) => (s.uses ? [s.uses.replace(/@.*/, '')] : []));
    expect(uses).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/cache',
      'actions/upload-artifact',
      'actions/github-script',
    ]);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with).toMatchObject({
      'node-version-file': 'package.json',
    });
    expect(job.steps.find((s) => s.uses?.startsWith('actions/cache'))!.with!.path).toBe('.errata-cache');
  });

  it("does errata's work only through npm scripts that package.json has", () => {
    const runs = job.steps.flatMap((s) =>
      s.run && s.run !== 'npm ci' && !s.run.startsWith('git ') && !s.run.startsWith('exit') ? [s.run] : [],
    );
    expect(runs.length).toBe(4);
    for (const run of runs) {
      const called = calledScripts(run);
      expect(called, run).toHaveLength(1);
      expect(packageScripts, run).toHaveProperty(called[0]!);
      expect(run).not.toMatch(/bin\/errata|npx errata/);
    }
  });

  it('annotates, summarizes, previews the changed locale and keeps one comment, on a pull request made here', async () => {
    const workspace = workspaceWith(
      makeContent({
        ...bundledRegistry(),
        'en-us/a.md': '---\ntitle: A\nms.date: 03/19/2021\n---\n# A\n\nAADSTS50000 TokenIssuanceError.\n',
        'en-us/b.md': '---\ntitle: B\nms.date: 03/19/2021\n---\n# B\n\nText.\n',
        'sv-se/a.md': `${FRONT_MATTER('sv-SE')}# A\n\nAADSTS50000 TokenIssuanceError.\n`,
        'uk-ua/b.md': `${FRONT_MATTER('uk-UA')}# B\n\nText.\n`,
      }),
    );
    // The base branch, then a pull request that loses the symbolic name in sv-SE.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base', '--allow-empty');
    git('add', 'content');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'content');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    git('checkout', '-qb', 'translation');
    writeFileSync(
      join(workspace, 'content/sv-se/a.md'),
      `${FRONT_MATTER('sv-SE')}# A\n\nAADSTS50000 tokenissuanceerror-fel.\n`,
    );
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qam', 'translation');

    const env = { ...process.env };
    const values = { 'github.base_ref': 'main', 'github.event.pull_request.number': '7' };
    runStep(workspace, step('Files the pull request changes').run!, values, env);
    expect(readFileSync(join(workspace, 'changed-files.txt'), 'utf8').trim()).toBe('content/sv-se/a.md');

    // Check: continue-on-error, so its failure is read from its exit status, as the last step does.
    const check = spawnSync('bash', ['-c', step('Check (annotations)').run!], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...env, NO_COLOR: '1' },
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /^::error file=content\/sv-se\/a\.md,line=\d+,col=\d+,title=invariant-lost-in-translation::.*TokenIssuanceError/m,
    );

    runStep(workspace, step('Preview of the changed locales').run!, values, env);
    const report = JSON.parse(readFileSync(join(workspace, 'preview/build-report.json'), 'utf8')) as {
      files: Array<{ file: string }>;
    };
    expect(report.files.map((f) => f.file)).toEqual(['sv-se/a.md']);
    expect(existsSync(join(workspace, 'preview/sv-se/a/index.html'))).toBe(true);
    expect(existsSync(join(workspace, 'preview/uk-ua'))).toBe(false);

    runStep(workspace, step('Summary').run!, values, env);
    runStep(workspace, step('Translation status of the changed articles').run!, values, env);
    const comment = readFileSync(join(workspace, 'pr-comment.md'), 'utf8');
    expect(comment).toContain('## errata check: 1 changed file');
    expect(comment).toMatch(/\| `invariant-lost-in-translation` \| ❌ error \| 1 \|/);
    expect(comment).toContain('`sv-se/a.md:');
    expect(comment).toContain('## Translation status: 1 article');
    expect(comment).toMatch(/\| a \| ● source \|/);
    expect(comment).not.toMatch(/\| b \|/);

    // The comment step's script, run against a stand-in for the GitHub API: one comment, updated.
    const comments: Array<{ id: number; body: string; user: { type: string } }> = [
      { id: 1, body: 'a person', user: { type: 'User' } },
    ];
    const github = {
      paginate: async (list: () => unknown) => list(),
      rest: {
        issues: {
          listComments: () => comments,
          createComment: async ({ body }: { body: string }) =>
            comments.push({ id: comments.length + 1, body, user: { type: 'Bot' } }),
          updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
            comments.find((c) => c.id === comment_id)!.body = body;
          },
        },
      },
    };
    const script = step('Sticky comment').with!.script as string;
    const summaryFile = join(workspace, 'step-summary.md');
    const post = async () => {
      const cwd = process.cwd();
      process.chdir(workspace);
      Object.assign(process.env, {
        PREVIEW_URL: 'https://example.invalid/artifact/1',
        GITHUB_STEP_SUMMARY: summaryFile,
      });
      try {
        await new Function('require', 'github', 'context', `return (async () => { ${script} })();`)(
          (await import('node:module')).createRequire(import.meta.url),
          github,
          { repo: { owner: 'o', repo: 'r' }, payload: { pull_request: { number: 7 } } },
        );
      } finally {
        process.chdir(cwd);
      }
    };
    await post();
    await post();
    expect(comments.filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(comments[1]!.body).toContain('invariant-lost-in-translation');
    expect(comments[1]!.body).toContain('[download the built site](https://example.invalid/artifact/1)');
    expect(comments[0]!.body).toBe('a person');
  });
});
