/** XLIFF from outside is untrusted: what takeback refuses, with a clear error, having written nothing. */
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { applyTakeback, planTakeback } from '../../../src/core/translate/takeback.ts';
import { errata } from '../../helpers/cli.ts';
import { snapshot, tempDir } from '../../helpers/content.ts';
import { docset, handoffXliff } from './helpers.ts';

function refused(contentDir: string, xliff: string | Uint8Array) {
  const before = snapshot(contentDir, 'latin1');
  const plan = planTakeback({
    contentDir,
    registry: loadRegistry(contentDir).registry,
    file: 'evil.xlf',
    bytes: typeof xliff === 'string' ? new TextEncoder().encode(xliff) : xliff,
  });
  applyTakeback(plan);
  expect(plan.writes).toEqual([]);
  expect(snapshot(contentDir, 'latin1')).toEqual(before);
  return plan.diagnostics.map((d) => `${d.rule} ${d.line}: ${d.message}`);
}

const content = docset();
/** A good pseudo handoff: every hostile case below is this file with one thing changed. */
const good = handoffXliff(content, 'sv-se', { pseudo: true, slugs: ['other'] }).xliff;

describe('takeback refuses hostile XLIFF', () => {
  it('accepts the good file it starts from (so each refusal below is for the one thing changed)', () => {
    const copy = docset();
    const plan = planTakeback({
      contentDir: copy,
      registry: loadRegistry(copy).registry,
      file: 'ok.xlf',
      bytes: new TextEncoder().encode(good),
    });
    expect(plan.diagnostics).toEqual([]);
    expect(plan.writes.map((w) => w.file)).toEqual(['sv-se/other.md']);
  });

  it('refuses an entity bomb (billion laughs) before parsing', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`,
    ).join('\n')}\n]>\n${good.replace(/^<\?xml[^>]*>\n/, '').replace('Another', '&lol9;')}`;
    expect(refused(content, bomb)).toEqual([
      'xliff-unsafe 2: The file declares a DTD or an entity (<!DOCTYPE or <!ENTITY): it is not read, and nothing is written.',
    ]);
  });

  it('refuses an external entity', () => {
    const external = good.replace(
      /^(<\?xml[^>]*>)\n/,
      '$1\n<!DOCTYPE xliff [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>\n',
    );
    expect(refused(content, external.replace('Another', '&passwd;'))).toEqual([
      expect.stringMatching(/^xliff-unsafe 2: The file declares a DTD/),
    ]);
    // Without a declaration an entity is simply not XML: no file is ever read for it.
    expect(refused(content, good.replace('Another', '&passwd;'))[0]).toMatch(
      /^xliff-invalid \d+: The file is not well-formed XML/,
    );
  });

  it('refuses a 10 MB unit, stopping at the limit', () => {
    const huge = good.replace(/<target>\[!! /, `<target>[!! ${'a'.repeat(10 * 1024 * 1024)}`);
    expect(refused(content, huge)).toEqual([
      expect.stringMatching(/^xliff-unsafe \d+: A unit holds more than 262144 characters/),
    ]);
  });

  it.each([
    ['../../etc/passwd', 'a path out of the content folder'],
    ['sv-se/../../../etc/passwd.md', 'a path that climbs out of the locale'],
    ['/etc/passwd.md', 'an absolute path'],
    ['sv-se\\..\\..\\x.md', 'backslashes'],
    ['error-codes/aadsts.md', 'the registry folder'],
  ])('refuses original="%s" (%s)', (original) => {
    const hostile = good.replace('original="sv-se/other.md"', `original="${original}"`);
    expect(refused(content, hostile)).toEqual([
      `xliff-unsafe 3: The file names "${original}" as the article to write: not <locale>/<slug>.md inside the content folder. Nothing is written.`,
    ]);
  });

  it('refuses a file for another locale than its trgLang, and for the source locale', () => {
    expect(refused(content, good.replace('original="sv-se/other.md"', 'original="fr-fr/other.md"'))).toEqual([
      expect.stringMatching(
        /^xliff-invalid 3: fr-fr\/other\.md is not in the locale folder of the file's target language sv-SE \(sv-se\/\)/,
      ),
    ]);
    const toSource = good.replace('trgLang="sv-SE"', 'trgLang="en-US"').replace('sv-se/other.md', 'en-us/other.md');
    expect(refused(content, toSource)[0]).toMatch(/^xliff-invalid 3: en-us\/other\.md is not in the locale folder/);
  });

  it('refuses to write through a locale folder that is a symbolic link leading outside', () => {
    const linked = docset();
    const outside = tempDir('errata-outside-');
    renameSync(join(linked, 'sv-se'), join(outside, 'sv-se'));
    symlinkSync(join(outside, 'sv-se'), join(linked, 'sv-se'));
    const before = snapshot(outside, 'latin1');
    expect(refused(linked, good)).toEqual([
      'xliff-unsafe 3: sv-se/other.md would be written through a symbolic link that leads outside the content folder: nothing is written.',
    ]);
    expect(snapshot(outside, 'latin1')).toEqual(before);
  });

  it('refuses a handoff fact that would smuggle keys into the front matter', () => {
    const smuggled = good.replace(/(<mda:meta type="ms.openlocfilehash">)[^<]*/, '$1abcdef&#10;ROBOTS: INDEX');
    expect(refused(content, smuggled)).toEqual([
      'xliff-invalid 3: sv-se/other.md: the handoff fact ms.openlocfilehash is missing or malformed.',
    ]);
  });

  it('refuses what is not XLIFF 2, or not UTF-8, with the reason', () => {
    expect(refused(content, '<xliff version="1.2"><file/></xliff>')).toEqual([
      expect.stringMatching(
        /^xliff-invalid 1: The file is not an XLIFF 2\.0 or 2\.1 document: the root element is \{\}xliff version 1\.2/,
      ),
    ]);
    expect(refused(content, good.slice(0, good.length - 20))[0]).toMatch(
      /^xliff-invalid \d+: The file is not well-formed XML: .*\. Nothing is written\.$/,
    );
    expect(refused(content, new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]))).toEqual([
      'xliff-invalid 1: The file is not UTF-8 text: nothing is written.',
    ]);
  });

  it('exits 1 from the command line with the error and its hint, writing nothing', () => {
    const dir = tempDir('errata-xliff-');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'evil.xlf');
    writeFileSync(file, good.replace('original="sv-se/other.md"', 'original="../../etc/passwd"'));
    const before = snapshot(content, 'latin1');
    const run = errata(['takeback', '--content', content, file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:3:1  error  The file names "../../etc/passwd"`);
    expect(run.stderr).toContain('hint: Keep each <file> element');
    expect(snapshot(content, 'latin1')).toEqual(before);
  });
});
