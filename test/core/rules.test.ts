/**
 * Every rule `errata check` reports, each with a file that trips it and one that does not.
 * (Registry rules are in test/core/codes, media and file-name rules in test/core/import.)
 */
import { describe, expect, it } from 'vitest';
import { checkContent, allDiagnostics } from '../../src/core/check/check-content.ts';
import { bundledRegistry, FRONT_MATTER, makeContent } from '../helpers/content.ts';

const fm = (extra = '') => FRONT_MATTER('zh-TW', extra);
const sxs = (id: string, translated: string, english: string) =>
  `<span data-ttu-id="${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** rule → [a file that trips it, a file that does not] (paths under zh-tw/ unless they name a locale). */
const CASES: Record<string, [Record<string, string>, Record<string, string>]> = {
  'front-matter-missing': [{ 'a.md': '# No front matter\n' }, { 'a.md': `${fm()}# Fine\n` }],
  'front-matter-unclosed': [{ 'a.md': '---\ntitle: x\n' }, { 'a.md': '---\ntitle: x\n---\n' }],
  'front-matter-yaml': [{ 'a.md': '---\ntitle: a: b: c\n---\n' }, { 'a.md': '---\ntitle: "a: b: c"\n---\n' }],
  'front-matter-not-a-map': [{ 'a.md': '---\n- just\n- a list\n---\n' }, { 'a.md': `${fm()}x\n` }],
  'front-matter-duplicate-key': [{ 'a.md': `${fm('title: again\n')}x\n` }, { 'a.md': `${fm()}x\n` }],
  'front-matter-unknown-key': [{ 'a.md': `${fm('ms.reviwer: x\n')}x\n` }, { 'a.md': `${fm('ms.reviewer: x\n')}x\n` }],
  'front-matter-invalid-value': [
    { 'a.md': `${fm('localization_priority: Urgent\n')}x\n` },
    { 'a.md': `${fm('localization_priority: Priority\n')}x\n` },
  ],
  'front-matter-date-empty': [
    { 'a.md': fm().replace('ms.date: 03/19/2021', "ms.date: ''") + 'x\n' },
    { 'a.md': `${fm()}x\n` },
  ],
  'front-matter-missing-key': [{ 'a.md': '---\nms.date: 03/19/2021\n---\nx\n' }, { 'a.md': `${fm()}x\n` }],
  'front-matter-locale-mismatch': [{ 'a.md': `${FRONT_MATTER('vi-VN')}x\n` }, { 'a.md': `${fm()}x\n` }],
  'sxs-unpaired': [
    { 'a.md': `${fm()}<span data-ttu-id="a-1">t</span>\n` },
    { 'a.md': `${fm()}${sxs('a-1', 't', 'e')}\n` },
  ],
  'sxs-id-mismatch': [
    {
      'a.md': `${fm()}<span data-ttu-id="a-1">t</span><span class="sxs-lookup"><span data-stu-id="a-2">e</span></span>\n`,
    },
    { 'a.md': `${fm()}${sxs('a-1', 't', 'e')}\n` },
  ],
  'invariant-lost-in-translation': [
    {
      'a.md': `${fm()}${sxs('a-1', '**AADSTS50000**：登入服務有問題。', '**AADSTS50000**: TokenIssuanceError - There is an issue.')}\n`,
    },
    {
      'a.md': `${fm()}${sxs('a-1', '**AADSTS50000**：TokenIssuanceError - 登入服務有問題。', '**AADSTS50000**: TokenIssuanceError - There is an issue.')}\n`,
    },
  ],
  'error-code-unregistered': [
    { 'a.md': `${fm()}Error AADSTS99999 appears.\n` },
    { 'a.md': `${fm()}Error AADSTS50000 appears.\n` },
  ],
  'html-active': [
    { 'a.md': `${fm()}<a href="javascript:alert(1)">x</a>\n` },
    { 'a.md': `${fm()}Type <UserPrincipalName> here.\n` },
  ],
  'file-bom': [{ 'a.md': `\uFEFF${fm()}x\n` }, { 'a.md': `${fm()}x\n` }],
  'file-line-endings': [{ 'a.md': `${fm()}x\n`.replace(/\n/g, '\r\n') }, { 'a.md': `${fm()}x\n` }],
  'file-empty': [{ 'a.md': '' }, { 'a.md': `${fm()}x\n` }],
  'translation-stale': [
    {
      'a.md': `${fm()}x\n`,
      'vi-vn/a.md':
        FRONT_MATTER('vi-VN')
          .replace(
            '63689ea5afea7c6921c93f2ead2350f87c2defa8',
            '09c1a831c85ec6752c1df90b78d4a12158b4c9164b0cb388abf84fff745d35b3',
          )
          .replace('ms.lasthandoff: 03/19/2021', 'ms.lasthandoff: 08/05/2021') + 'x\n',
    },
    { 'a.md': `${fm()}x\n`, 'vi-vn/a.md': `${FRONT_MATTER('vi-VN')}x\n` },
  ],
};

async function rulesFor(files: Record<string, string>): Promise<string[]> {
  const content: Record<string, string> = { ...bundledRegistry() };
  for (const [path, text] of Object.entries(files)) content[path.includes('/') ? path : `zh-tw/${path}`] = text;
  const set = await checkContent({ contentDir: makeContent(content) });
  return allDiagnostics(set)
    .filter((d) => d.file.startsWith('zh-tw/'))
    .map((d) => d.rule);
}

describe.each(Object.entries(CASES))('rule %s', (rule, [failing, passing]) => {
  it('is reported on a file that breaks it', async () => {
    expect(await rulesFor(failing)).toContain(rule);
  });
  it('is silent on a file that keeps it', async () => {
    expect(await rulesFor(passing)).not.toContain(rule);
  });
});

describe('a code lost against the source article', () => {
  const source = `---\ntitle: Error AADSTS50000\nms.date: 03/19/2021\n---\nThe error \`TokenIssuanceError\` appears.\n`;
  const translation = (frontMatter: string) => `${frontMatter}錯誤出現了。\n`;
  /** vi-VN was handed off from a newer source than zh-TW, or from the same one. */
  const lost = async (newerElsewhere: boolean) => {
    const vi = newerElsewhere
      ? FRONT_MATTER('vi-VN')
          .replace(
            '63689ea5afea7c6921c93f2ead2350f87c2defa8',
            '09c1a831c85ec6752c1df90b78d4a12158b4c9164b0cb388abf84fff745d35b3',
          )
          .replace('ms.lasthandoff: 03/19/2021', 'ms.lasthandoff: 08/05/2021')
      : FRONT_MATTER('vi-VN');
    const set = await checkContent({
      contentDir: makeContent({
        ...bundledRegistry(),
        'en-us/a.md': source,
        'zh-tw/a.md': translation(FRONT_MATTER('zh-TW')),
        'vi-vn/a.md': `${vi}x\n`,
      }),
    });
    return allDiagnostics(set).filter((d) => d.file === 'zh-tw/a.md' && d.rule === 'invariant-lost-in-translation');
  };

  it('is an error on a current translation', async () => {
    const [diagnostic] = await lost(false);
    expect(diagnostic).toMatchObject({ severity: 'error', line: 9 });
    expect(diagnostic!.message).toContain('TokenIssuanceError');
  });

  it('is a warning on a stale one, which says why', async () => {
    const [diagnostic] = await lost(true);
    expect(diagnostic).toMatchObject({ severity: 'warning' });
    expect(diagnostic!.message).toMatch(/stale, so the source may have changed/);
  });
});
