/** errata status names the handoff of each stale or missing article, and the pull-request comment the translations a changed source leaves behind. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { REPO, tempDir } from '../helpers/content.ts';

const SLUG = 'troubleshoot-aadsts50000-error-code';

describe('errata status and handoff', () => {
  it('gives each stale or missing cell its handoff command in JSON, and that command hands the article off', () => {
    const json = JSON.parse(errata(['status', '--format', 'json']).stdout);
    const row = json.rows.find((r: { slug: string }) => r.slug === SLUG);
    // Stale in ar-sa, sv-se, uk-ua; missing in fr-fr, zh-cn (see test/cli/commands.test.ts).
    expect(Object.keys(row.handoff)).toEqual(['ar-sa', 'fr-fr', 'sv-se', 'uk-ua', 'zh-cn']);
    expect(row.handoff['sv-se']).toBe(`errata handoff --locale sv-se --slug ${SLUG} --out sv-se.xlf`);
    const cwd = tempDir();
    const args = (row.handoff['fr-fr'] as string).split(' ').slice(1);
    const run = errata([...args, '--content', join(REPO, 'content')], { cwd });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Handed off 1 article of fr-fr \(0 stale, 1 missing\)/);
  });

  it('lists in Markdown one command per locale for its stale and missing articles', () => {
    const { stdout } = errata(['status', '--locales', 'uk-ua,vi-vn']);
    expect(stdout).toMatch(
      /\| uk-ua \| 5 \| `errata handoff --locale uk-ua --slug [^`]*troubleshoot-aadsts50000-error-code[^`]* --out uk-ua\.xlf` \|/,
    );
    // vi-vn has nothing stale or missing.
    expect(stdout).not.toMatch(/\| vi-vn \| \d+ \| `errata handoff/);
  });

  it('says in the pull-request comment which translations a changed source article leaves behind', () => {
    const changed = `content/en-us/winsock-error-10061.md,content/sv-se/${SLUG}.md`;
    const { stdout } = errata(['status', '--locales', 'sv-se,fr-fr', '--changed', changed]);
    expect(stdout).toContain('### Changed sources: these translations were made from the text before this change');
    expect(stdout).toMatch(
      /^- \*\*winsock-error-10061\*\*: fr-fr \(✓ MT\), sv-se \(✓ MT\) — `errata handoff --locale fr-fr --slug winsock-error-10061 --out fr-fr\.xlf`/m,
    );
    // A changed translation is no changed source.
    expect(stdout).not.toMatch(/^- \*\*troubleshoot-aadsts50000/m);
  });
});
