import { describe, expect, it } from 'vitest';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import { FRONT_MATTER, makeContent } from '../helpers/content.ts';

const GOOD = `${FRONT_MATTER('zh-TW')}# Good article\n\nText.\n`;
const bomb = [
  '---',
  'title: bomb',
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  '---',
  'body',
].join('\n');

/** file → the rule it must produce (every one of them, in one run). */
const HOSTILE: Record<string, [string | Uint8Array, string]> = {
  'zh-tw/empty.md': ['', 'file-empty'],
  'zh-tw/binary.md': [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'file-binary'],
  'zh-tw/latin1.md': [new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xe8, 0x0a]), 'file-encoding'],
  'zh-tw/huge.md': [`${FRONT_MATTER('zh-TW')}${'x'.repeat(10 * 1024 * 1024)}`, 'file-too-large'],
  'zh-tw/bom.md': [`\uFEFF${GOOD}`, 'file-bom'],
  'zh-tw/crlf.md': [GOOD.replace(/\n/g, '\r\n'), 'file-line-endings'],
  'zh-tw/no-front-matter.md': ['# Just text\n', 'front-matter-missing'],
  'zh-tw/unclosed.md': ['---\ntitle: x\n# body', 'front-matter-unclosed'],
  'zh-tw/almost-yaml.md': ['---\ntitle: Error: sign-in: failed\nms.date: 03/19/2021\n---\nbody', 'front-matter-yaml'],
  'zh-tw/tabs.md': ['---\ntitle: x\nms.custom:\n\t- a\n---\nbody', 'front-matter-yaml'],
  'zh-tw/alias-bomb.md': [bomb, 'front-matter-yaml'],
  'zh-tw/proto.md': [
    `${FRONT_MATTER('zh-TW', '__proto__:\n  polluted: true\nconstructor: x\n')}body`,
    'front-matter-unknown-key',
  ],
  'zh-tw/list-title.md': [`---\ntitle: [a, b]\n---\nbody`, 'front-matter-invalid-value'],
  'zh-tw/script.md': [`${FRONT_MATTER('zh-TW')}<script>alert(1)</script>\n`, 'html-active'],
  'zh-tw/onerror.md': [`${FRONT_MATTER('zh-TW')}<img src="x.png" onerror="alert(1)">\n`, 'html-active'],
  'zh-tw/js-link.md': [`${FRONT_MATTER('zh-TW')}[click](javascript:alert(1))\n`, 'html-active'],
  'zh-tw/iframe.md': [`${FRONT_MATTER('zh-TW')}<iframe src="https://evil.example"></iframe>\n`, 'html-active'],
  'zh-tw/style.md': [`${FRONT_MATTER('zh-TW')}<style>body{display:none}</style>\n`, 'html-active'],
  'zh-tw/sxs-broken.md': [`${FRONT_MATTER('zh-TW')}<span data-ttu-id="a-1">x</span>\n`, 'sxs-unpaired'],
};

describe('hostile input', () => {
  it('turns every bad file into a diagnostic, in one run, without touching the good ones', async () => {
    const files: Record<string, string | Uint8Array> = { 'zh-tw/good.md': GOOD, 'zh-tw/line\nbreak ☃.md': GOOD };
    for (const [file, [data]] of Object.entries(HOSTILE)) files[file] = data;
    const set = await checkContent({ contentDir: makeContent(files) });
    expect(set.files).toHaveLength(Object.keys(files).length);
    for (const [file, [, rule]] of Object.entries(HOSTILE)) {
      const record = set.files.find((f) => f.file === file)!;
      expect(
        record.diagnostics.map((d) => d.rule),
        file,
      ).toContain(rule);
    }
    for (const good of ['zh-tw/good.md', 'zh-tw/line\nbreak ☃.md']) {
      const record = set.files.find((f) => f.file === good)!;
      expect(record.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(record.article?.meta.title).toBe('A test article');
    }
    for (const d of allDiagnostics(set)) {
      expect(d.line).toBeGreaterThan(0);
      expect(d.column).toBeGreaterThan(0);
      expect(d.rule).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.hint.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports active HTML at its line and column', async () => {
    const set = await checkContent({
      contentDir: makeContent({
        'zh-tw/a.md': `${FRONT_MATTER('zh-TW')}# T\n\nSee <MailboxName> and \`<script>\` then <img src=x onerror=alert(1)>.\n`,
      }),
    });
    const active = set.files[0]!.diagnostics.filter((d) => d.rule === 'html-active');
    // The placeholder and the inline code are text, not HTML.
    expect(active.map((d) => `${d.line}:${d.column}`)).toEqual(['11:39']);
  });
});
