/**
 * The rule registry (src/core/diagnostics/catalog/) is the one list of what errata reports: a rule id
 * that is emitted but not registered, a message that is not the registry's, a catalog file the
 * index does not list, or docs/cli.md / docs/rules.md out of date with the registry fails here.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDiagnostics, checkContent } from '../../src/core/check/check-content.ts';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { checkUiStrings } from '../../src/core/i18n/check-ui-strings.ts';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { makeHandoff } from '../../src/core/translate/handoff.ts';
import { planTakeback } from '../../src/core/translate/takeback.ts';
import { writeXliff } from '../../src/core/translate/xliff-write.ts';
import { CATALOG } from '../../src/core/diagnostics/catalog/index.ts';
import { diagnostic, fill, RULES, ruleDefinition, severitiesOf } from '../../src/core/diagnostics/rule-registry.ts';
import { CLI_REFERENCE, REFERENCE, rulesReference, withRulesTable } from '../../scripts/rules-docs.ts';
import { FRONT_MATTER, makeContent, REPO } from '../helpers/content.ts';

const CATALOG_DIR = join(REPO, 'src/core/diagnostics/catalog');
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

describe('the rule registry', () => {
  it('lists every catalog file once, each named after its rule id', () => {
    const files = readdirSync(CATALOG_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(CATALOG.map((r) => r.id).sort()).toEqual(files);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const id of files) {
      expect(readFileSync(join(CATALOG_DIR, `${id}.ts`), 'utf8'), id).toContain(`id: '${id}'`);
    }
  });

  it('gives every rule a kebab-case id, a summary, a paragraph for writers and worded messages', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(RULE_ID);
      expect(rule.summary.length, rule.id).toBeGreaterThan(10);
      expect(rule.docs.length, rule.id).toBeGreaterThan(80);
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      for (const [id, message] of Object.entries(rule.messages)) {
        expect(message.message, `${rule.id}/${id}`).toMatch(/[.?!)]$|\{\{\w+\}\}$/);
        expect(message.hint, `${rule.id}/${id}`).toMatch(/[.)]$/);
        // A hint's placeholders come from the data the message is reported with; the docs show them as ‹name›.
        expect(message.hint, `${rule.id}/${id}`).not.toMatch(/\{\{\s+|\s+\}\}/);
      }
      // Only errors keep a page off the site.
      if (rule.blocksPublishing) expect(severitiesOf(rule), rule.id).toContain('error');
    }
  });

  it('words a diagnostic from its entry, filling in the data', () => {
    const at = { file: 'zh-tw/a.md', line: 3, column: 7 };
    expect(diagnostic(at, 'file-too-large', 'tooLarge', { size: '3.2', limit: 2 })).toEqual({
      ...at,
      severity: 'error',
      rule: 'file-too-large',
      message: 'The file is 3.2 MB; articles are at most 2 MB.',
      hint: 'Split the article, or move generated data out of the content folder.',
    });
    // A message may differ from the rule's default severity.
    expect(diagnostic(at, 'front-matter-missing-key', 'noTranslationKey', { key: 'ms.date' }).severity).toBe('warning');
    expect(fill('a {{x}} b {{ y }} {{z}}', { x: 1, y: 'two' })).toBe('a 1 b two {{z}}');
  });

  it('registers every rule id the source emits, and the source builds no diagnostic by hand', () => {
    const emitted = new Map<string, string>();
    const handMade: string[] = [];
    const root = join(REPO, 'src');
    for (const path of sourceFiles(root)) {
      const file = relative(REPO, path);
      if (file.startsWith('src/core/diagnostics/catalog/')) continue;
      const text = readFileSync(path, 'utf8');
      // A rule id where a diagnostic is made (`diagnostic(at, 'id', 'messageId' …)`, a rule's `id:`)
      // or a diagnostic's rule is compared (`d.rule === 'id'`).
      const positions = [
        /['"]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"],\s*(?:['"`]|[A-Za-z_$][\w$]*\()/g,
        /\brule\s*(?::|[!=]==?)\s*['"]([a-z][a-z0-9-]*)['"]/g,
        /\bid:\s*['"]([a-z][a-z0-9]*(?:-[a-z0-9]+)+)['"],\s*\n\s*check\b/g,
      ];
      for (const pattern of positions) {
        for (const m of text.matchAll(pattern)) {
          // The first pattern also matches any two-string call; a rule id is followed by a message id.
          if (
            pattern === positions[0] &&
            !ruleDefinition(m[1]!) &&
            !/^(?:file|front-matter|sxs|invariant|error-code|html|media|translation|ui|registry|slug|link|build|render|import)-/.test(
              m[1]!,
            )
          )
            continue;
          emitted.set(m[1]!, `${file}:${text.slice(0, m.index).split('\n').length}`);
        }
      }
      // An object with a rule, a message and a hint is a diagnostic made by hand (the type itself and diagnostic() aside).
      const byHand =
        /\brule(?::\s*['"`]|,\s*message\b)/.test(text) ||
        /\{[^{}]*\brule\b[^{}]*\bmessage\b[^{}]*\bhint\b[^{}]*\}/.test(text);
      if (byHand && file !== 'src/core/diagnostics/rule-registry.ts' && file !== 'src/core/diagnostics/diagnostic.ts')
        handMade.push(file);
    }
    const unregistered = [...emitted].filter(([id]) => !ruleDefinition(id)).map(([id, where]) => `${id} (${where})`);
    expect(unregistered, 'add an entry in src/core/diagnostics/catalog/ for each').toEqual([]);
    expect(handMade, 'make diagnostics with diagnostic() from src/core/diagnostics/rule-registry.ts').toEqual([]);
    // Every registered rule is reported somewhere: no entry outlives its check.
    const everywhere = sourceFiles(root)
      .filter((p) => !p.startsWith(CATALOG_DIR))
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    expect(RULES.filter((r) => !everywhere.includes(`'${r.id}'`)).map((r) => r.id)).toEqual([]);
  });

  it('registers every diagnostic a check emits, in one of its severities and in its own words', async () => {
    const fixtures = await checkFixtures();
    const diagnostics = [...fixtures, ...allDiagnostics(await checkContent({ contentDir: join(REPO, 'content') }))];
    // Every rule has a case here that trips it: a rule no fixture reaches cannot be shown to be registered.
    const tripped = new Set(fixtures.map((d) => d.rule));
    expect(
      RULES.map((r) => r.id).filter((id) => !tripped.has(id)),
      'add a file that trips each to checkFixtures()',
    ).toEqual([]);
    for (const d of diagnostics) expectRegistered(d);
  });

  it('keeps the rule table of docs/cli.md and docs/rules.md up to date (npm run docs:rules)', () => {
    const cli = readFileSync(CLI_REFERENCE, 'utf8');
    expect(cli === withRulesTable(cli), 'docs/cli.md rule table is out of date: run npm run docs:rules').toBe(true);
    expect(
      readFileSync(REFERENCE, 'utf8') === rulesReference(),
      'docs/rules.md is out of date: run npm run docs:rules',
    ).toBe(true);
    for (const rule of RULES) expect(cli).toContain(`](rules.md#${rule.id})`);
  });
});

function expectRegistered(d: Diagnostic): void {
  const rule = ruleDefinition(d.rule);
  expect(rule, `${d.rule} (${d.file}:${d.line}) is not registered`).toBeDefined();
  const where = `${d.rule} at ${d.file}:${d.line}: ${d.message}`;
  expect(severitiesOf(rule!), where).toContain(d.severity);
  const worded = Object.values(rule!.messages).some(
    (m) => matches(m.message, d.message) && matches(m.hint, d.hint) && (m.severity ?? rule!.severity) === d.severity,
  );
  expect(worded, `${where} is not worded by its registry entry`).toBe(true);
}

/** Whether `text` is `template` with its placeholders filled in. */
function matches(template: string, text: string): boolean {
  const pattern = template
    .split(/\{\{\s*[^{}\s]+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(text);
}

/** One content folder, and the site's UI strings, that trip every rule errata has (as ESLint wants an invalid case for each). */
async function checkFixtures(): Promise<Diagnostic[]> {
  const fm = (extra = '') => FRONT_MATTER('zh-TW', extra);
  const sxs = (id: string, translated: string, english: string) =>
    `<span data-ttu-id="${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;
  const source =
    '---\ntitle: Error AADSTS50000\nms.date: 03/19/2021\n---\nThe error `TokenIssuanceError` and AADSTS50000 appear.\n';
  const family = (id: string, extra = '') =>
    `family: ${id}\ntitle: ${id}\npattern: '\\b${id.toUpperCase()}(?<code>\\d{3})\\b'\nprefix: ${id.toUpperCase()}\ncase: upper\n${extra}codes:\n  - code: ${id.toUpperCase()}100\n`;
  const files: Record<string, string | Uint8Array> = {
    'error-codes/aadsts.yml': readFileSync(join(REPO, 'content/error-codes/aadsts.yml'), 'utf8'),
    'error-codes/abc.yml': `${family('abc', 'flags: i\n')}  - code: abc200\n  - code: ABC100\n  - code: XYZ1\n    protocol: [invalid_grantt]\n`,
    'error-codes/again.yml': family('abc'),
    'error-codes/named.yml': family('other'),
    'error-codes/broken.yml': 'family: [unclosed\n',
    'error-codes/typo.yml': 'family: typo\ntitel: x\npattern: "T\\\\d"\ncodes: []\n',
    'error-codes/missing.yml': 'family: missing\ncodes: []\n',
    'error-codes/bad-pattern.yml': 'family: bad\ntitle: x\npattern: "(unclosed"\ncodes: []\n',
    'error-codes/evil.yml': "family: evil\ntitle: x\npattern: '(?<code>(a+)+)$'\ncodes: []\n",
    'error-codes/folder.yml/inside': 'a folder where a file should be',
    'error-codes/README.txt': 'notes',
    'en-us/a.md': source,
    'en-us/b.md': source,
    'zh-tw/a.md': `${fm()}錯誤出現了。\n`,
    'zh-tw/b.md':
      fm()
        .replace('ms.lasthandoff: 03/19/2021', 'ms.lasthandoff: 01/01/2020')
        .replace('63689ea5afea7c6921c93f2ead2350f87c2defa8', 'aaaa') + '錯誤。\n',
    'vi-vn/b.md': `${FRONT_MATTER('vi-VN')}AADSTS50000 TokenIssuanceError\n`,
    'zh-tw/empty.md': '',
    'zh-tw/huge.md': `${fm()}${'x'.repeat(2.5 * 1024 * 1024)}`,
    'zh-tw/binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
    'zh-tw/latin1.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xe8, 0x0a]),
    'zh-tw/nested.md': `${fm()}${'- '.repeat(1000)}x\n`,
    'zh-tw/bom-crlf.md': `\uFEFF${fm()}x\n`.replace(/\n/g, '\r\n'),
    'zh-tw/no-front-matter.md': '# Just text\n',
    'zh-tw/unclosed.md': '---\ntitle: x\n# body',
    'zh-tw/yaml.md': '---\ntitle: Error: sign-in: failed\n---\nbody',
    'zh-tw/tabs.md': '---\ntitle: x\nms.custom:\n\t- a\n---\nbody',
    'zh-tw/list.md': '---\n- just\n- a list\n---\n',
    'zh-tw/keys.md': `${fm('title: again\nms.reviwer: x\nzzz: 1\nlocalization_priority: Urgent\nROBOTS: 5\n').replace('ms.date: 03/19/2021', "ms.date: ''")}x\n`,
    'zh-tw/no-title.md': '---\nms.date: 03/19/2021\n---\nx\n',
    'zh-tw/wrong-locale.md': `${FRONT_MATTER('vi-VN')}x\n`,
    'zh-tw/404.md': `${fm()}x\n`,
    'zh-tw/sxs.md': `${fm()}${sxs('a-1', '**AADSTS50000**：登入服務有問題。', '**AADSTS50000**: TokenIssuanceError - There is an issue.')}\n<span data-ttu-id="a-2">t</span>\n<span data-ttu-id="a-3">t</span><span class="sxs-lookup"><span data-stu-id="a-4">e</span></span>\n<span class="sxs-lookup">x</span>\n`,
    'zh-tw/html.md': `${fm()}<script>x</script> <img src="x.png" onerror="alert(1)"> <a href="javascript:alert(1)">x</a> [x](javascript:alert(1))\nAADSTS99999\n`,
    'zh-tw/media.md': `${fm()}![a](media/Pic.PNG) ![b](media/none.png) ![c](../en-us/x.png) [d](other.md) ![e](images/pic.png)\n`,
    'zh-tw/media/pic.png': new Uint8Array([0x89, 0x50]),
    'zh-tw/media/page.html': '<script>alert(document.cookie)</script>',
    'zh-tw/Case.md': `${fm()}x\n`,
    'zh-tw/case.md': `${fm()}x\n`,
    'zh-tw/odd\u200bname.md': `${fm()}x\n`,
  };
  const contentDir = makeContent(files);
  const outside = makeContent({ 'x.md': `${fm()}secret\n` });
  symlinkSync(join(outside, 'x.md'), join(contentDir, 'zh-tw/outside.md'));
  const diagnostics = allDiagnostics(await checkContent({ contentDir }));

  const locales = makeContent({
    'en-us.json': '{\n  "a.one": "One",\n  "a.name": "Hello {{name}}"\n}\n',
    'zh-tw.json': '{\n  "a.name": "你好 {{namn}}"\n}\n',
    'sv-se.json': '{\n  "a.one": "En",\n}\n',
  });
  const before = process.env.ERRATA_LOCALES_DIR;
  process.env.ERRATA_LOCALES_DIR = locales;
  try {
    diagnostics.push(...checkUiStrings(contentDir, ['en-us', 'zh-tw', 'sv-se', 'xx-yy']));
  } finally {
    if (before === undefined) delete process.env.ERRATA_LOCALES_DIR;
    else process.env.ERRATA_LOCALES_DIR = before;
  }
  diagnostics.push(...takebackFixtures());
  return diagnostics;
}

/** XLIFF files `errata takeback` refuses: one for each of its rules (src/core/translate/). */
function takebackFixtures(): Diagnostic[] {
  const contentDir = makeContent({
    'en-us/a.md': '---\ntitle: Error AADSTS50000\nms.date: 03/19/2021\n---\nThe error `TokenIssuanceError` appears.\n',
  });
  const { registry } = loadRegistry(contentDir);
  const xliff = writeXliff(
    makeHandoff({ contentDir, registry, locale: 'sv-se', today: new Date('2024-01-01'), pseudo: true }).handoff,
  );
  const take = (text: string, force = false) =>
    planTakeback({ contentDir, registry, file: 'sv.xlf', bytes: new TextEncoder().encode(text), force }).diagnostics;
  const out = [
    ...take(`<!DOCTYPE x [<!ENTITY a "a">]>${xliff}`),
    ...take(xliff.replace(/(<target>[^<]*)<ph id="1"[^>]*\/>/, '$1')),
  ];
  writeFileSync(join(contentDir, 'en-us/a.md'), readFileSync(join(contentDir, 'en-us/a.md'), 'utf8') + 'More.\n');
  out.push(...take(xliff), ...take(xliff, true), ...take('<xliff/>'));
  return out;
}
