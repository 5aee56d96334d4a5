/**
 * Repaired damage, visible: a side-by-side segment whose translation lost a registered code,
 * symbolic name, protocol identifier or inline code shows its English beside it, with a note
 * in the page's language — the same segments the check reports as invariant-lost-in-translation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/core/check/check-content.ts';
import { loadRegistry } from '../../src/core/codes/registry.ts';
import { renderArticle } from '../../src/core/render/index.ts';
import { bundledRegistry, FRONT_MATTER, makeContent, REPO } from '../helpers/content.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';

const registry = loadRegistry(join(REPO, 'content')).registry;
const english = JSON.parse(readFileSync(join(REPO, 'locales/en-us.json'), 'utf8')) as Record<string, string>;
const vietnamese = JSON.parse(readFileSync(join(REPO, 'locales/vi-vn.json'), 'utf8')) as Record<string, string>;

const segment = (id: string, translated: string, source: string) =>
  `<span data-ttu-id="${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

const BODY = [
  segment(
    'a-1',
    '**AADSTS50000**: tokenissuanceerror-có một vấn đề với dịch vụ đăng nhập.',
    "**AADSTS50000**: TokenIssuanceError - There's an issue with the sign-in service.",
  ),
  '',
  segment('a-2', 'Chạy lệnh `Get-MsolUser` để kiểm tra.', 'Run `Get-MsolUser` to check.'),
  '',
  segment('a-3', 'Chạy lệnh `get-msoluser -tất cả` để kiểm tra.', 'Run `Get-MsolUser -All` to check.'),
  '',
].join('\n');

function damaged(html: string): Map<string, { lost: string; html: string }> {
  const found = new Map<string, { lost: string; html: string }>();
  for (const match of html.matchAll(
    /<span class="sxs sxs-damaged" data-sxs-id="([^"]+)">([\s\S]*?)<span class="sxs-o"/g,
  )) {
    found.set(match[1]!, { lost: /data-lost="([^"]*)"/.exec(match[2]!)?.[1] ?? '', html: match[2]! });
  }
  return found;
}

describe('damaged side-by-side segments', () => {
  it('show the English original, visibly and marked as English, beside a translation that lost a symbolic name or inline code', () => {
    const html = renderArticle(BODY, { locale: 'vi-vn', registry }).html;
    const repaired = damaged(html);
    expect([...repaired.keys()]).toEqual(['a-1', 'a-3']);
    const name = repaired.get('a-1')!;
    expect(name.lost).toBe('TokenIssuanceError');
    // The damaged translation stays, the English follows it — not hidden, in its own language.
    expect(name.html).toContain('tokenissuanceerror-có');
    expect(name.html).toMatch(
      /<span class="sxs-repair-text" lang="en-US" dir="ltr"><strong>AADSTS50000<\/strong>: TokenIssuanceError - There's an issue/,
    );
    expect(name.html).not.toMatch(/sxs-repair[^>]*hidden/);
    // The note is in the page's language.
    expect(name.html).toContain(
      `<span class="sxs-repair-note" data-pagefind-ignore>${vietnamese['notice.damaged']}</span>`,
    );
    expect(repaired.get('a-3')!.lost).toBe('Get-MsolUser -All');
    // The intact segment is left as it was.
    expect(html).toContain('<span class="sxs" data-sxs-id="a-2">');
  });

  it('mark English standing in for a note the locale lacks as English', () => {
    const html = renderArticle(BODY, { locale: 'xx-yy', registry }).html;
    expect(html).toContain(
      `<span class="sxs-repair-note" lang="en-US" dir="ltr" data-pagefind-ignore>${english['notice.damaged']}</span>`,
    );
  });

  it('leave the damaged English out of titles, tables of contents and descriptions', () => {
    const rendered = renderArticle(BODY, { locale: 'vi-vn', registry });
    expect(rendered.text).not.toContain('TokenIssuanceError');
    expect(rendered.text).not.toContain(vietnamese['notice.damaged']);
  });

  it('are the segments the check reports as invariant-lost-in-translation', async () => {
    const content = makeContent({
      ...bundledRegistry(),
      'vi-vn/damaged.md': `${FRONT_MATTER('vi-VN')}\n${BODY}`,
    });
    try {
      const set = await checkContent({ contentDir: content });
      const lost = set.files.flatMap((f) => f.diagnostics).filter((d) => d.rule === 'invariant-lost-in-translation');
      const reportedLines = new Set(lost.map((d) => d.line));
      const body = readFileSync(join(content, 'vi-vn/damaged.md'), 'utf8').split('\n');
      expect(lost.length).toBeGreaterThan(0);
      const idsOnLines = [...reportedLines].map((line) => /data-ttu-id="([^"]+)"/.exec(body[line - 1]!)?.[1]).sort();
      const html = renderArticle(BODY, { locale: 'vi-vn', registry: loadRegistry(content).registry }).html;
      expect([...damaged(html).keys()].sort()).toEqual(idsOnLines);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });

  it('repairs the vi-VN corpus article that turned TokenIssuanceError into tokenissuanceerror-có', (context) => {
    const archive = join(CORPUS_DIR, 'alchemyinsights-vi-VN-live-sxs.tar.gz');
    if (!existsSync(archive)) {
      console.log(`Skipped: the corpus archive ${archive} is not here.`);
      context.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'errata-vi-'));
    try {
      execFileSync('tar', ['-xzf', archive, '-C', dir, 'AlchemyInsights/troubleshoot-aadsts50000-error-code.md']);
      const text = readFileSync(join(dir, 'AlchemyInsights/troubleshoot-aadsts50000-error-code.md'), 'utf8');
      const body = text.replace(/^---[\s\S]*?\n---\n/, '');
      const html = renderArticle(body, { locale: 'vi-vn', registry }).html;
      const repaired = [...damaged(html).values()];
      expect(repaired).toHaveLength(1);
      expect(repaired[0]!.html).toContain('tokenissuanceerror-có');
      expect(repaired[0]!.lost).toBe('TokenIssuanceError');
      expect(repaired[0]!.html).toContain('TokenIssuanceError - There');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
