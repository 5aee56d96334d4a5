/**
 * The translators' loop on real articles: a corpus locale's stale articles handed off, translated
 * by a stand-in (pseudo-localization), taken back — and `errata check` finds them current, with no
 * new error. The content folder is made for this test alone, small enough to take seconds: the
 * side-by-side sv-SE and da-DK archives imported (two locales, so that one's newer handoffs make
 * the other's translations stale, as across the 36 locales of the docset), the English sources
 * recovered from them (`errata recover-source`), and the bundled registry.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/check/check-content.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { importDocset } from '../../../src/core/import/import-docset.ts';
import { recoverSources } from '../../../src/core/recover/recover-sources.ts';
import { errata } from '../../helpers/cli.ts';
import { REPO, snapshot, tempDir } from '../../helpers/content.ts';
import { CORPUS_DIR, describeWithCorpus } from '../../helpers/corpus.ts';
import { validateXliff } from './helpers.ts';

const LOCALE = 'sv-se';

async function corpusDocset(): Promise<string> {
  const root = tempDir('errata-translate-corpus-');
  const contentDir = join(root, 'content');
  for (const tag of ['sv-SE', 'da-DK']) {
    const unpacked = join(root, 'unpacked', tag);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', join(CORPUS_DIR, `alchemyinsights-${tag}-live-sxs.tar.gz`), '-C', unpacked]);
    await importDocset({ from: join(unpacked, 'AlchemyInsights'), locale: tag.toLowerCase(), contentDir });
  }
  cpSync(join(REPO, 'content/error-codes'), join(contentDir, 'error-codes'), { recursive: true });
  recoverSources({ contentDir, sourceLocale: 'en-us' });
  return contentDir;
}

const errors = (files: { diagnostics: Diagnostic[] }[]) =>
  files.flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.rule}`));

describeWithCorpus('the translators’ loop on a corpus locale', () => {
  let contentDir = '';
  beforeAll(async () => {
    contentDir = await corpusDocset();
  }, 120_000);

  it('hands off the stale articles, takes back their pseudo-translation, and errata check finds them current', async () => {
    const before = await checkContent({ contentDir, locales: [LOCALE] });
    const stale = before.articles.filter((a) => a.stale).map((a) => a.slug);
    expect(stale.length).toBeGreaterThan(50);

    const xlf = join(tempDir('errata-xliff-'), `${LOCALE}.xlf`);
    let started = Date.now();
    const handoff = errata([
      'handoff',
      '--content',
      contentDir,
      '--locale',
      LOCALE,
      '--stale',
      '--pseudo',
      '--out',
      xlf,
    ]);
    const handoffMs = Date.now() - started;
    expect(handoff.status, handoff.stderr).toBe(0);
    const xliff = readFileSync(xlf, 'utf8');
    expect(xliff.match(/<file /g)).toHaveLength(stale.length);
    expect(await validateXliff(xliff)).toEqual({ valid: true, errors: [] });

    const untouched = snapshot(join(contentDir, 'da-dk'), 'latin1');
    started = Date.now();
    const takeback = errata(['takeback', '--content', contentDir, xlf]);
    const takebackMs = Date.now() - started;
    expect(takeback.status, takeback.stderr).toBe(0);
    expect(takeback.stdout.trim().split('\n')).toHaveLength(stale.length);
    expect(snapshot(join(contentDir, 'da-dk'), 'latin1')).toEqual(untouched);

    const after = await checkContent({ contentDir, locales: [LOCALE] });
    const taken = new Set(stale);
    const now = after.articles.filter((a) => taken.has(a.slug));
    expect(now.filter((a) => a.stale).map((a) => a.slug)).toEqual([]);
    expect(new Set(now.map((a) => a.meta.translation))).toEqual(new Set(['MT']));
    // No new error: the articles taken back have none, the others the same as before.
    const fresh = new Set(errors(before.files));
    expect(errors(after.files).filter((e) => !fresh.has(e))).toEqual([]);
    expect(errors(after.files.filter((f) => taken.has(f.slug)))).toEqual([]);

    console.log(
      `translators' loop, ${LOCALE}: ${stale.length} stale articles, ${xliff.match(/<unit /g)!.length} units, XLIFF ${(statSync(xlf).size / 1024).toFixed(0)} KB; handoff ${handoffMs} ms, takeback ${takebackMs} ms (CLI, with Node's start)`,
    );
  }, 120_000);
});
