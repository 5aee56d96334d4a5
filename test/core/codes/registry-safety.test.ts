/** Reproduction 4 of issue 10: registry patterns that hang, registry YAML that crashes. */
import { describe, expect, it } from 'vitest';
import { allDiagnostics, checkContent } from '../../../src/core/check/check-content.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { patternVerdict, renameGroupsApart } from '../../../src/core/codes/pattern-safety.ts';
import { clientCodeData } from '../../../src/search/index/page-codes.ts';
import { FRONT_MATTER, makeContent } from '../../helpers/content.ts';

const family = (pattern: string, extra = '') =>
  `family: evil\ntitle: Evil codes\npattern: '${pattern}'\n${extra}codes:\n  - code: aaaa\n`;

describe('registry patterns with catastrophic backtracking', () => {
  it('rejects (a+)+$ at its line: the family runs neither in check nor in search.js, and check does not hang', async () => {
    const evil = '(?<code>(a+)+)$';
    const contentDir = makeContent({
      'error-codes/evil.yml': family(evil),
      // 30 a's and a b: doubling with every character, this line alone took minutes before.
      'en-us/a.md': `${FRONT_MATTER('en-US').replace('ms.translationtype: MT\n', '')}# T\n\n${'a'.repeat(30)}b\n`,
    });
    const started = performance.now();
    const set = await checkContent({ contentDir, workers: 0 });
    expect(performance.now() - started).toBeLessThan(20_000);
    const unsafe = allDiagnostics(set).filter((d) => d.rule === 'registry-unsafe-pattern');
    expect(unsafe).toEqual([expect.objectContaining({ file: 'error-codes/evil.yml', line: 3, severity: 'error' })]);
    expect(unsafe[0]!.message).toMatch(/exponential/);
    expect(set.registry.families.map((f) => f.id)).not.toContain('evil');
    expect(JSON.stringify(clientCodeData(set.registry, []))).not.toContain('(a+)+');
  });

  it('rejects polynomial patterns and ones hidden in the loose form', () => {
    const { registry, diagnostics } = loadRegistry(
      makeContent({
        'error-codes/poly.yml': family('\\bx(?<code>\\d+\\d+)y'),
        'error-codes/loose.yml': family('\\bAB\\d{4}\\b', "loose: '(\\w|\\d)*z'\n").replace(
          'family: evil',
          'family: loose',
        ),
      }),
    );
    expect(registry.families).toEqual([]);
    const unsafe = diagnostics.filter((d) => d.rule === 'registry-unsafe-pattern');
    expect(unsafe.map((d) => `${d.file}:${d.line}`).sort()).toEqual([
      'error-codes/loose.yml:4',
      'error-codes/poly.yml:3',
    ]);
    expect(unsafe.find((d) => d.file.includes('poly'))!.message).toMatch(/polynomial/);
  });

  it('accepts every bundled family, duplicate named groups included, and answers again from its verdict cache quickly', () => {
    const hresultLoose = '\\b(?:(?<!-)(?<code>[89a-f][0-9a-f]{7})(?![\\w-])|0x(?<code>[0-9a-f]{1,7})\\b)';
    expect(renameGroupsApart(hresultLoose)).toContain('(?<g2>');
    expect(renameGroupsApart(hresultLoose)).toContain('(?<!-)');
    expect(patternVerdict(hresultLoose, 'i')).toEqual({ safe: true });
    const started = performance.now();
    for (let i = 0; i < 1000; i++) patternVerdict(hresultLoose, 'i');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('registry YAML that used to crash', () => {
  it('reports an alias bomb with its line and column, and loads the other files', () => {
    const bomb = [
      'family: bomb',
      'title: x',
      "pattern: '\\bB\\d{3}\\b'",
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'codes: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const { registry, diagnostics } = loadRegistry(
      makeContent({
        'error-codes/bomb.yml': bomb,
        'error-codes/good.yml': "family: good\ntitle: Good\npattern: '\\bG\\d{3}\\b'\ncodes:\n  - code: G100\n",
      }),
    );
    expect(registry.families.map((f) => f.id)).toEqual(['good']);
    const bad = diagnostics.filter((d) => d.file === 'error-codes/bomb.yml');
    expect(bad).toEqual([
      expect.objectContaining({ rule: 'registry-invalid-yaml', line: 5, column: 8, severity: 'error' }),
    ]);
  });

  it('turns every kind of broken YAML into a diagnostic, never an exception', () => {
    const broken = [
      'family: [unclosed',
      'a: *nowhere\n',
      '%YAML 9.9\n---\nfamily: x\n',
      '? [a]\n: b\n',
      'family: x\nfamily: y\n',
      '\t- tab\n',
      '&a a: *a\n',
      'x: !!binary zzz\n',
      '---\n---\n---\n',
      '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'.repeat(50),
    ];
    const files = Object.fromEntries(broken.map((text, i) => [`error-codes/f${i}.yml`, text]));
    const { diagnostics } = loadRegistry(makeContent(files));
    for (const name of Object.keys(files)) {
      const found = diagnostics.filter((d) => d.file === name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const d of found) {
        expect(d.line).toBeGreaterThan(0);
        expect(d.column).toBeGreaterThan(0);
      }
    }
  });
});
