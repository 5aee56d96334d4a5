import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCodes } from '../../../src/core/codes/find.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';
import { makeContent, REPO } from '../../helpers/content.ts';

const HRESULT = `family: hresult
title: Windows error code
pattern: '\\b0x(?<code>[0-9a-f]{8})\\b'
flags: i
prefix: '0x'
case: lower
codes:
  - code: '0x8004de40'
    summary: OneDrive can't connect.
    articles: [fix-0x8004de40-error-in-onedrive]
`;

const OAUTH = `family: oauth2
title: OAuth 2.0 error identifier
pattern: '\\b(?:invalid_grant|invalid_scope)\\b'
codes:
  - code: invalid_grant
`;

function load(files: Record<string, string>) {
  const dir = makeContent(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`error-codes/${name}`, text])),
  );
  return loadRegistry(dir);
}

describe('loadRegistry on the bundled content', () => {
  const { registry, diagnostics } = loadRegistry(join(REPO, 'content'));

  it('loads every family with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(registry.families.map((f) => f.id)).toEqual(
      expect.arrayContaining(['aadsts', 'hresult', 'smtp', 'office-install', 'oauth2']),
    );
    for (const family of registry.families) expect(family.file).toBe(`error-codes/${family.id}.yml`);
  });

  it('keeps the AADSTS50000 invariants: name, summary, the RFC 6749 §5.2 identifiers and its article', () => {
    const code = registry.codes.get('AADSTS50000');
    expect(code).toMatchObject({
      family: 'aadsts',
      name: 'TokenIssuanceError',
      summary: "There's an issue with the sign-in service.",
      articles: ['troubleshoot-aadsts50000-error-code'],
      file: 'error-codes/aadsts.yml',
    });
    const rfc6749 = [
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'unauthorized_client',
      'unsupported_grant_type',
      'invalid_scope',
    ];
    expect(code!.protocol).toEqual(rfc6749);
    for (const id of rfc6749) {
      expect(registry.protocolIds.has(id)).toBe(true);
      expect(registry.codes.get(id)).toMatchObject({ family: 'oauth2', summary: expect.any(String) });
    }
  });

  it('registers each code so that its own family recognizes it in text', () => {
    for (const code of registry.codes.values()) {
      expect(code.articles.length, code.code).toBeGreaterThan(0);
      expect(
        findCodes(`See ${code.code} here.`, registry).map((m) => m.code),
        code.code,
      ).toContain(code.code);
    }
  });
});

describe('loadRegistry diagnostics', () => {
  it('accepts a well-formed registry and canonicalizes nothing it does not need to', () => {
    const { registry, diagnostics } = load({ 'hresult.yml': HRESULT, 'oauth2.yml': OAUTH });
    expect(diagnostics).toEqual([]);
    expect(registry.codes.get('0x8004de40')).toMatchObject({
      family: 'hresult',
      line: 8,
      file: 'error-codes/hresult.yml',
    });
    expect(registry.families[0]!.pattern.flags).toContain('g');
  });

  it('is empty, without complaint, when there is no registry folder', () => {
    const { registry, diagnostics } = loadRegistry(makeContent({ 'en-us/a.md': '# A\n' }));
    expect(diagnostics).toEqual([]);
    expect(registry.codes.size).toBe(0);
    expect(findCodes('AADSTS50000', registry)).toEqual([]);
  });

  it('reports bad YAML at its line and keeps loading the other files', () => {
    const { registry, diagnostics } = load({ 'broken.yml': 'family: broken\ntitle: [unclosed\n', 'oauth2.yml': OAUTH });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      file: 'error-codes/broken.yml',
      rule: 'registry-invalid-yaml',
      severity: 'error',
    });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
    expect(registry.codes.has('invalid_grant')).toBe(true);
  });

  it('reports an unknown key where it is written, suggesting the known one', () => {
    const { diagnostics } = load({ 'oauth2.yml': `${OAUTH}    sumary: misspelt\n` });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'error-codes/oauth2.yml',
        line: 6,
        column: 5,
        rule: 'registry-unknown-key',
        hint: 'Rename the key to "summary".',
      }),
    ]);
  });

  it('reports a missing key and a wrongly typed value', () => {
    const { diagnostics } = load({
      'oauth2.yml': OAUTH.replace(/^title: .*\n/m, '').replace(
        '  - code: invalid_grant',
        '  - code: invalid_grant\n    protocol: invalid_grant',
      ),
    });
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual(
      expect.arrayContaining([
        ['registry-invalid', '"title" is missing.'],
        ['registry-invalid', expect.stringContaining('"codes[0].protocol"')],
      ]),
    );
    const protocol = diagnostics.find((d) => d.message.includes('protocol'))!;
    expect([protocol.line, protocol.column]).toEqual([5, 15]);
  });

  it.each([
    ['does not compile', '[0-9', /Invalid regular expression/],
    ['matches the empty string', '\\d*', /empty string/],
    ['uses a back-reference', '(\\d)\\1', /back-references/],
    ['names a group other than code or basic', '(?<digits>\\d+)', /group name "digits"/],
  ])('rejects a pattern that %s', (_, pattern, message) => {
    const { registry, diagnostics } = load({ 'x.yml': `family: x\ntitle: X\npattern: '${pattern}'\ncodes: []\n` });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        rule: 'registry-invalid-pattern',
        line: 3,
        column: 10,
        message: expect.stringMatching(message),
      }),
    ]);
    expect(registry.families).toEqual([]);
  });

  it('reports a code registered in two files at the second, naming the first', () => {
    const { registry, diagnostics } = load({
      'hresult.yml': HRESULT,
      'onedrive.yml': HRESULT.replace('family: hresult', 'family: onedrive').replace("'0x8004de40'", "'0x8004DE40'"),
    });
    const duplicate = diagnostics.find((d) => d.rule === 'registry-duplicate-code');
    expect(duplicate).toMatchObject({ file: 'error-codes/onedrive.yml', line: 8, severity: 'error' });
    expect(duplicate!.message).toContain('error-codes/hresult.yml (line 8)');
    expect(registry.codes.get('0x8004de40')!.file).toBe('error-codes/hresult.yml');
  });

  it('reports a code its family pattern does not match, and registers a non-canonical one under its canonical form', () => {
    const { registry, diagnostics } = load({
      'hresult.yml': `${HRESULT}  - code: '8004de4'\n  - code: '0x80070005'\n  - code: '0X8007EFD'\n  - code: '0X80072EFD'\n`,
    });
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['registry-code-mismatch', 11],
      ['registry-code-mismatch', 13],
      ['registry-noncanonical-code', 14],
    ]);
    expect(diagnostics[2]!.hint).toBe('Write it as 0x80072efd.');
    expect([...registry.codes.keys()]).toEqual(['0x8004de40', '0x80070005', '0x80072efd']);
  });

  it('warns about a protocol identifier no family registers', () => {
    const { registry, diagnostics } = load({
      'oauth2.yml': OAUTH,
      'aadsts.yml': `family: aadsts\ntitle: Sign-in error\npattern: 'AADSTS\\d{5}'\ncodes:\n  - code: AADSTS50000\n    protocol: [invalid_grant, invalid_grnat]\n`,
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ rule: 'registry-unknown-protocol-id', severity: 'warning', line: 6, column: 31 }),
    ]);
    expect([...registry.protocolIds]).toEqual(['invalid_grant', 'invalid_grnat']);
  });

  it('rejects a family defined twice and warns when the file name is not the family id', () => {
    const { registry, diagnostics } = load({
      'hresult.yml': HRESULT,
      'windows.yml': HRESULT.replace("'0x8004de40'", "'0x80070005'"),
    });
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['error-codes/windows.yml', 'registry-duplicate-family'],
    ]);
    expect(registry.codes.has('0x80070005')).toBe(false);
    const renamed = load({ 'windows.yml': HRESULT });
    expect(renamed.diagnostics).toEqual([
      expect.objectContaining({ rule: 'registry-file-name', severity: 'warning', line: 1 }),
    ]);
  });

  it('never throws on files that are not registries at all', () => {
    const dir = makeContent({
      'error-codes/empty.yml': '',
      'error-codes/list.yml': '- a\n- b\n',
      'error-codes/notes.txt': 'x',
    });
    writeFileSync(join(dir, 'error-codes/binary.yml'), new Uint8Array([0, 159, 146, 150, 255, 0]));
    const { registry, diagnostics } = loadRegistry(dir);
    expect(registry.codes.size).toBe(0);
    expect(new Set(diagnostics.map((d) => d.file))).toEqual(
      new Set(['error-codes/binary.yml', 'error-codes/empty.yml', 'error-codes/list.yml', 'error-codes/notes.txt']),
    );
    expect(diagnostics.find((d) => d.file.endsWith('notes.txt'))!.rule).toBe('registry-file-ignored');
  });
});
