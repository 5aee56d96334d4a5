/** Handoff and takeback end to end: what a translator's file does to the content folder, and what it cannot do. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/check/check-content.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { parseFrontMatter } from '../../../src/core/parse/front-matter.ts';
import { applyTakeback, planTakeback } from '../../../src/core/translate/takeback.ts';
import { errata } from '../../helpers/cli.ts';
import { snapshot, tempDir } from '../../helpers/content.ts';
import { docset, handoffXliff, SOURCE, targetsFromSources } from './helpers.ts';

function takeback(contentDir: string, xliff: string, force = false) {
  const plan = planTakeback({
    contentDir,
    registry: loadRegistry(contentDir).registry,
    file: 'sv.xlf',
    bytes: new TextEncoder().encode(xliff),
    force,
  });
  applyTakeback(plan);
  return plan;
}

const body = (text: string) => parseFrontMatter('x.md', text).body;
const keys = (text: string) =>
  Object.fromEntries([...parseFrontMatter('x.md', text).values].map(([k, e]) => [k, e.value]));

describe('errata handoff', () => {
  it('hands off the stale and the missing articles of a locale, with what takeback must set', () => {
    const content = docset();
    const { handoff } = handoffXliff(content, 'sv-se');
    expect(handoff.trgLang).toBe('sv-SE');
    expect(handoff.files.map((f) => [f.original, f.state])).toEqual([
      ['sv-se/aadsts50000.md', 'stale'],
      ['sv-se/other.md', 'missing'],
    ]);
    // The newest hash of the slug (fr-fr's, handed off later): the translation becomes current beside it.
    expect(handoff.files[0]).toMatchObject({
      hash: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      lastHandoff: '2024-05-02',
    });
    // No locale has a hash for `other`: the source's own SHA-1, as errata new does.
    expect(handoff.files[1]!.hash).toBe(handoff.files[1]!.sourceSha1);
    expect(handoffXliff(content, 'fr-fr').handoff.files.map((f) => f.state)).toEqual(['missing']);
  });

  it('chooses with --stale, --missing and --slug, and refuses the source locale (exit 2)', () => {
    const content = docset();
    const stale = errata(['handoff', '--content', content, '--locale', 'sv-SE', '--stale']);
    expect(stale.status).toBe(0);
    expect(stale.stdout.match(/<file /g)).toHaveLength(1);
    expect(stale.stderr).toMatch(/Handed off 1 article of sv-se \(1 stale, 0 missing\)/);
    const out = join(tempDir(), 'fr.xlf');
    const slug = errata(['handoff', '--content', content, '--locale', 'fr-fr', '--slug', 'aadsts50000', '--out', out]);
    expect(slug.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('original="fr-fr/aadsts50000.md"');
    expect(errata(['handoff', '--content', content, '--locale', 'en-us']).status).toBe(2);
    expect(errata(['handoff', '--content', content, '--locale', 'sv-se', '--slug', 'nope']).status).toBe(2);
  });
});

describe('errata takeback', () => {
  it('gives back the source byte for byte when every target is its source, with the handoff keys set', () => {
    const content = docset();
    const { xliff } = handoffXliff(content, 'sv-se', { slugs: ['other', 'aadsts50000'] });
    const plan = takeback(content, targetsFromSources(xliff));
    expect(plan.diagnostics).toEqual([]);
    const written = readFileSync(join(content, 'sv-se/aadsts50000.md'), 'utf8');
    expect(body(written)).toBe(body(SOURCE));
    // The existing translation's own keys are kept line for line; the handoff's are set.
    expect(written).toContain('ms.sourcegitcommit: cccccccccccccccccccccccccccccccccccccccc\n');
    expect(keys(written)).toMatchObject({
      'ms.contentlocale': 'sv-SE',
      'ms.translationtype': 'HT',
      'ms.openlocfilehash': 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      'ms.lasthandoff': '05/02/2024',
      title: 'Troubleshoot error AADSTS50000: sign-in',
    });
    // A new translation starts from the source's front matter: every source line is still there.
    const added = readFileSync(join(content, 'sv-se/other.md'), 'utf8');
    const source = readFileSync(join(content, 'en-us/other.md'), 'utf8');
    expect(
      added.split('\n').filter((l) => !/^ms\.(?:contentlocale|translationtype|openlocfilehash|lasthandoff):/.test(l)),
    ).toEqual(source.split('\n'));
    // Taken back twice, the same bytes.
    const again = snapshot(content, 'latin1');
    takeback(content, targetsFromSources(xliff));
    expect(snapshot(content, 'latin1')).toEqual(again);
  });

  it('makes a stale translation current: errata check finds it neither stale nor damaged', async () => {
    const content = docset();
    const before = await checkContent({ contentDir: content, locales: ['sv-se'] });
    expect(before.articles.find((a) => a.slug === 'aadsts50000')!.stale).toBe(true);
    const { xliff } = handoffXliff(content, 'sv-se', { pseudo: true });
    const run = errata(['takeback', '--content', content, writeTemp(xliff)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Updated sv-se/aadsts50000.md\nWrote sv-se/other.md\n');
    const after = await checkContent({ contentDir: content, locales: ['sv-se'] });
    expect(after.articles.map((a) => [a.slug, a.stale, a.meta.translation])).toEqual([
      ['aadsts50000', false, 'MT'],
      ['other', false, 'MT'],
    ]);
    expect(after.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    // The French translation, handed the same source, is still current.
    const fr = await checkContent({ contentDir: content, locales: ['fr-fr'] });
    expect(fr.articles[0]!.stale).toBe(false);
    expect(readFileSync(join(content, 'sv-se/aadsts50000.md'), 'utf8')).toMatch(
      /^# <a name="aadsts50000"><\/a>\[!! Ţ/m,
    );
  });

  it('refuses a unit whose protected elements were removed, copied or changed: exit 1, one diagnostic per unit, nothing written', () => {
    const content = docset();
    const { xliff } = handoffXliff(content, 'sv-se', { pseudo: true });
    const lines = xliff.split('\n');
    const unitLine = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const damaged = xliff
      // u2: the code AADSTS50000 (a <pc> around it, bold) deleted from the target.
      .replace(/(<unit id="u2"[\s\S]*?<target>[\s\S]*?)<pc id="1"[^>]*>[\s\S]*?<\/pc>/, '$1AADSTS50000')
      // u1 (the heading): the anchor copied.
      .replace(/(<unit id="u1"[\s\S]*?<target>)(<ph id="1"[^>]*\/>)/, '$1$2$2')
      // u3: the link's address edited in <originalData>.
      .replace('https://admin.microsoft.com', 'https://evil.example');
    const tree = snapshot(content, 'latin1');
    const run = errata(['takeback', '--content', content, writeTemp(damaged)]);
    expect(run.status).toBe(1);
    const problems = run.stderr.split('\n').filter((l) => / error /.test(l));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `:${unitLine('<unit id="u1"')}:1 +error +Unit u1 of sv-se/aadsts50000.md: the translation uses .*more than once.*xliff-protected-changed`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `:${unitLine('<unit id="u2"')}:1 +error +Unit u2 .*lost "\\*\\*…\\*\\*" \\(id 1\\), "AADSTS50000".*xliff-protected-changed`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `:${unitLine('<unit id="u3"')}:1 +error +Unit u3 .*no longer stand for what the source has.*xliff-protected-changed`,
        ),
      ),
    ]);
    expect(run.stderr).toContain('refused; nothing was written');
    expect(snapshot(content, 'latin1')).toEqual(tree);
  });

  it('refuses an article whose source changed since the handoff; --force takes it, stale once a newer source is handed off', async () => {
    const content = docset();
    const { xliff } = handoffXliff(content, 'sv-se', { pseudo: true, slugs: ['aadsts50000'] });
    writeFileSync(join(content, 'en-us/aadsts50000.md'), SOURCE.replace('Run this command:', 'Run these commands:'));
    const tree = snapshot(content, 'latin1');
    const file = writeTemp(xliff);
    const refused = errata(['takeback', '--content', content, file]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /en-us\/aadsts50000\.md has changed since sv-se\/aadsts50000\.md was handed off \(2024-05-02\).*xliff-source-changed/,
    );
    expect(snapshot(content, 'latin1')).toEqual(tree);

    const forced = errata(['takeback', '--content', content, '--force', file]);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toMatch(/warning .*taken with --force: 1 of 10 blocks keep the current English/);
    expect(forced.stdout).toContain('Updated sv-se/aadsts50000.md (source changed since the handoff: stale)');
    const written = readFileSync(join(content, 'sv-se/aadsts50000.md'), 'utf8');
    expect(written).toContain('\n2. Run these commands:\n');
    expect(written).toContain('[!! Ŵĥé');
    // The newer source handed off to another locale: the forced translation is stale.
    writeFileSync(
      join(content, 'fr-fr/aadsts50000.md'),
      readFileSync(join(content, 'fr-fr/aadsts50000.md'), 'utf8')
        .replace(/b{40}/, 'd'.repeat(40))
        .replace('06/01/2021', '06/01/2024'),
    );
    const after = await checkContent({ contentDir: content, locales: ['sv-se'] });
    expect(after.articles.find((a) => a.slug === 'aadsts50000')!.stale).toBe(true);
  });

  it('refuses a file with an untranslated or missing unit', () => {
    const content = docset();
    const { xliff } = handoffXliff(content, 'sv-se', { slugs: ['other'] });
    const plan = takeback(content, xliff);
    expect(plan.diagnostics.map((d) => `${d.rule} ${d.message}`)).toEqual([
      'xliff-invalid Unit title of sv-se/other.md has no translation.',
      'xliff-invalid Unit u1 of sv-se/other.md has no translation.',
    ]);
    const pseudo = handoffXliff(content, 'sv-se', { slugs: ['other'], pseudo: true }).xliff;
    const dropped = takeback(content, pseudo.replace(/<unit id="u1"[\s\S]*?<\/unit>\n/, ''));
    expect(dropped.diagnostics.map((d) => d.message)).toEqual([
      'Unit u1 of sv-se/other.md (source line 5) is missing from the file.',
    ]);
    expect(dropped.writes).toEqual([]);
  });
});

function writeTemp(text: string): string {
  const file = join(tempDir('errata-xliff-'), 'handoff.xlf');
  writeFileSync(file, text);
  return file;
}
