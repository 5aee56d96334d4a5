import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errata } from '../helpers/cli.ts';
import { REPO, tempDir } from '../helpers/content.ts';

function contentCopy(): string {
  const content = tempDir();
  cpSync(join(REPO, 'content'), content, { recursive: true });
  return content;
}

/** The check's diagnostics for the files a test wrote (the bundled content has a known error of its own). */
function diagnosticsOf(content: string, files: RegExp) {
  const { stdout } = errata(['check', '--content', content, '--format', 'json']);
  return (JSON.parse(stdout).diagnostics as Array<{ file: string; rule: string }>).filter((d) => files.test(d.file));
}

describe('errata new', () => {
  it("writes a source article with today's date that passes check, and never overwrites it", () => {
    const content = contentCopy();
    const made = errata(['new', 'sign-in-loop', '--content', content, '--title', 'Sign-in loops back to the start']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Wrote en-us/sign-in-loop.md');
    const text = readFileSync(join(content, 'en-us/sign-in-loop.md'), 'utf8');
    const today = new Date();
    const date = `${String(today.getUTCMonth() + 1).padStart(2, '0')}/${String(today.getUTCDate()).padStart(2, '0')}/${today.getUTCFullYear()}`;
    expect(text).toContain(`ms.date: ${date}\n`);
    expect(text).toContain('title: Sign-in loops back to the start\n');
    expect(text).toContain('# Sign-in loops back to the start\n');
    expect(diagnosticsOf(content, /sign-in-loop/)).toEqual([]);

    writeFileSync(join(content, 'en-us/sign-in-loop.md'), "the writer's work");
    const again = errata(['new', 'sign-in-loop', '--content', content]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('exists already; nothing was written');
    expect(readFileSync(join(content, 'en-us/sign-in-loop.md'), 'utf8')).toBe("the writer's work");
  });

  it("registers a missing code in its family file, keeping the file's comments, and the article passes check", () => {
    const content = contentCopy();
    const before = readFileSync(join(content, 'error-codes/aadsts.yml'), 'utf8');
    const made = errata(['new', 'troubleshoot-aadsts50012', '--content', content, '--code', 'aadsts50012']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Registered AADSTS50012 in error-codes/aadsts.yml');
    const after = readFileSync(join(content, 'error-codes/aadsts.yml'), 'utf8');
    // Everything the writers wrote stays as it was; the new entry is added at the end.
    expect(after.startsWith(before)).toBe(true);
    const entry = parse(after).codes.find((c: { code: string }) => c.code === 'AADSTS50012');
    expect(entry.articles).toEqual(['troubleshoot-aadsts50012']);
    expect(readFileSync(join(content, 'en-us/troubleshoot-aadsts50012.md'), 'utf8')).toContain(
      '# Troubleshoot AADSTS50012 error\n\n**AADSTS50012**\n',
    );
    expect(diagnosticsOf(content, /aadsts50012|error-codes/)).toEqual([]);

    // A registered code: the article joins its list, and its summary is quoted in the article.
    expect(errata(['new', 'aadsts50000-in-teams', '--content', content, '--code', 'AADSTS50000']).stdout).toContain(
      'Listed the article under AADSTS50000',
    );
    expect(readFileSync(join(content, 'en-us/aadsts50000-in-teams.md'), 'utf8')).toContain(
      "**AADSTS50000**: There's an issue with the sign-in service.",
    );
    expect(
      parse(readFileSync(join(content, 'error-codes/aadsts.yml'), 'utf8')).codes.find(
        (c: { code: string }) => c.code === 'AADSTS50000',
      ).articles,
    ).toEqual(['troubleshoot-aadsts50000-error-code', 'aadsts50000-in-teams']);
  });

  it('writes a translation with its localization keys, current with the newest source handoff', () => {
    const content = contentCopy();
    const made = errata([
      'new',
      'troubleshoot-aadsts50000-error-code',
      '--content',
      content,
      '--locale',
      'de-DE',
      '--title',
      'AADSTS50000 beheben',
    ]);
    expect(made.status).toBe(0);
    const text = readFileSync(join(content, 'de-de/troubleshoot-aadsts50000-error-code.md'), 'utf8');
    expect(text).toContain('ms.contentlocale: de-DE\n');
    expect(text).toContain('ms.translationtype: HT\n');
    // The newest handoff among the existing translations (vi-VN and zh-TW, 08/05/2021): not stale.
    expect(text).toContain('ms.lasthandoff: 08/05/2021\n');
    expect(diagnosticsOf(content, /^de-de\//)).toEqual([]);
  });

  it('refuses what it cannot write well', () => {
    const content = contentCopy();
    expect(errata(['new', '--content', content]).status).toBe(2);
    expect(errata(['new', 'Bad Slug.md', '--content', content]).status).toBe(2);
    expect(errata(['new', 'x', '--content', content, '--locale', 'en_US!']).status).toBe(2);
    const unknown = errata(['new', 'x', '--content', content, '--code', 'not-a-code']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('is not a code of any registered family');
  });
});
