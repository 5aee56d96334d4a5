import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { REPO, tempDir } from '../helpers/content.ts';

const SLUG = 'troubleshoot-aadsts50000-error-code';

describe('errata status', () => {
  it('prints the matrix as Markdown for a pull request, and as JSON', () => {
    const markdown = errata(['status']);
    expect(markdown.status).toBe(0);
    // The bundled sample: 41 articles; uk-UA has 1 HT, 35 MT, 3 stale and 2 missing (36 of 41 current);
    // vi-VN has every article, all MT and current.
    expect(markdown.stdout).toContain('## Translation status: 41 articles');
    expect(markdown.stdout).toMatch(/\| uk-ua \| 87\.8 % \| 0 \| 1 \| 35 \| 3 \| 2 \|/);
    expect(markdown.stdout).toMatch(/\| vi-vn \| 100\.0 % \| 0 \| 0 \| 41 \| 0 \| 0 \|/);
    expect(markdown.stdout).toContain(
      `| ${SLUG} | ⚠ stale | ● source | ✗ missing | ⚠ stale | ⚠ stale | ✓ MT | ✗ missing | ✓ HT |`,
    );
    const json = JSON.parse(errata(['status', '--format', 'json']).stdout);
    expect(json.rows).toHaveLength(41);
    expect(json.rows.find((r: { slug: string }) => r.slug === SLUG).cells).toEqual({
      'ar-sa': 'stale',
      'en-us': 'source',
      'fr-fr': 'missing',
      'sv-se': 'stale',
      'uk-ua': 'stale',
      'vi-vn': 'MT',
      'zh-cn': 'missing',
      'zh-tw': 'HT',
    });
    expect(errata(['status', '--format', 'csv']).status).toBe(2);
  });

  it('shows a missing translation', () => {
    const content = tempDir();
    cpSync(join(REPO, 'content'), content, { recursive: true });
    mkdirSync(join(content, 'en-us'), { recursive: true });
    writeFileSync(join(content, 'en-us/new.md'), '---\ntitle: New\n---\n# New\n');
    const json = JSON.parse(errata(['status', '--content', content, '--format', 'json']).stdout);
    expect(json.rows.find((r: { slug: string }) => r.slug === 'new').cells['zh-tw']).toBe('missing');
  });
});

describe('errata recover-source', () => {
  it('writes the English source from a side-by-side translation, once', () => {
    const content = tempDir();
    cpSync(join(REPO, 'content'), content, { recursive: true });
    rmSync(join(content, 'en-us'), { recursive: true });
    const { status, stdout } = errata(['recover-source', '--content', content]);
    expect(status).toBe(0);
    expect(stdout).toContain(`wrote en-us/${SLUG}.md from sv-se/${SLUG}.md`);
    expect(readFileSync(join(content, `en-us/${SLUG}.md`), 'utf8')).toBe(
      readFileSync(join(REPO, `content/en-us/${SLUG}.md`), 'utf8'),
    );
    expect(errata(['recover-source', '--content', content]).stdout).toContain('0 source articles recovered.');
  });

  it('says what it would write with --dry-run and writes nothing', () => {
    const content = tempDir();
    cpSync(join(REPO, 'content'), content, { recursive: true });
    rmSync(join(content, 'en-us'), { recursive: true });
    expect(errata(['recover-source', '--content', content, '--dry-run']).stdout).toContain(
      `would write en-us/${SLUG}.md`,
    );
    expect(existsSync(join(content, 'en-us'))).toBe(false);
  });
});

describe('errata import', () => {
  it('imports a docset folder and refuses unusable invocations with exit 2', () => {
    const docset = tempDir();
    writeFileSync(
      join(docset, 'a.md'),
      '---\ntitle: A\nms.contentlocale: zh-TW\nms.translationtype: MT\n---\n# A\n![x](media/Shot.PNG)\n',
    );
    mkdirSync(join(docset, 'media'));
    writeFileSync(join(docset, 'media/shot.png'), 'png');
    writeFileSync(join(docset, 'TOC.yml'), '- name: A');
    const content = tempDir();
    const { status, stdout } = errata(['import', '--from', docset, '--locale', 'zh-TW', '--content', content]);
    expect(status).toBe(0);
    expect(stdout).toContain('Imported 1 articles and 1 media files');
    expect(stdout).toContain('media-link-case');
    expect(existsSync(join(content, 'zh-tw/a.md'))).toBe(true);
    expect(errata(['import', '--from', docset, '--locale', 'zh_TW', '--content', content]).status).toBe(2);
    expect(errata(['import', '--from', join(docset, 'nope'), '--locale', 'zh-TW']).status).toBe(2);
    expect(errata(['import', '--locale', 'zh-TW']).status).toBe(2);
  });
});
