import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { FRONT_MATTER, makeContent } from '../helpers/content.ts';

const broken = () =>
  makeContent({
    'zh-tw/a.md': `${FRONT_MATTER('zh-TW', 'ms.reviwer: x\n')}# A\n\n<script>alert(1)</script>\n`,
    'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n\nFine.\n`,
  });

describe('errata check', () => {
  it('prints the JSON of the contract and exits 1 on errors', () => {
    const { status, stdout } = errata(['check', '--content', broken(), '--format', 'json']);
    expect(status).toBe(1);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ files: 2, articles: 2, locales: ['zh-tw'], errors: 1, warnings: 1 });
    expect(
      json.diagnostics.map(
        (d: { file: string; line: number; column: number; rule: string }) =>
          `${d.file}:${d.line}:${d.column} ${d.rule}`,
      ),
    ).toEqual(['zh-tw/a.md:8:1 front-matter-unknown-key', 'zh-tw/a.md:12:1 html-active']);
    for (const d of json.diagnostics)
      expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']);
  });

  it('groups pretty output by file and quotes the source line under a caret', () => {
    const { stdout } = errata(['check', '--content', broken()]);
    expect(stdout).toContain(
      'zh-tw/a.md\n  8:1  warning  Unknown front-matter key "ms.reviwer"; did you mean "ms.reviewer"?  front-matter-unknown-key\n',
    );
    expect(stdout).toContain('    12 | <script>alert(1)</script>\n       | ^\n');
    expect(stdout).toMatch(/hint: Remove the <script> element/);
    expect(stdout).toMatch(/✖ 1 error, 1 warning, 0 notes in 1 file \(2 files checked\)/);
  });

  it('prints GitHub workflow annotations relative to the working directory', () => {
    const content = broken();
    const { stdout } = errata(['check', '--content', content, '--format', 'github'], { cwd: content });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '::warning file=zh-tw/a.md,line=8,col=1,title=front-matter-unknown-key::Unknown front-matter key "ms.reviwer"; did you mean "ms.reviewer"?%0AHint: Rename the key to "ms.reviewer".',
    );
    expect(lines[1]).toMatch(/^::error file=zh-tw\/a\.md,line=12,col=1,title=html-active::/);
  });

  it('exits 0 on clean content and 2 on an unusable invocation', () => {
    const clean = makeContent({ 'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n` });
    expect(errata(['check', '--content', clean]).status).toBe(0);
    for (const args of [
      ['check', '--format', 'xml'],
      ['check', '--content', '/no/such/dir'],
      ['check', '--locales', 'xx-yy'],
      ['check', '--bogus'],
      ['nonsense'],
    ]) {
      const { status, stderr } = errata(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  });

  it('checks only the locales asked for', () => {
    const content = makeContent({
      'zh-tw/b.md': `${FRONT_MATTER('zh-TW')}# B\n`,
      'vi-vn/b.md': `${FRONT_MATTER('vi-VN')}<script>x</script>\n`,
    });
    const json = JSON.parse(errata(['check', '--content', content, '--locales', 'zh-tw', '--format', 'json']).stdout);
    expect(json).toMatchObject({ files: 1, locales: ['zh-tw'], errors: 0 });
  });
});
