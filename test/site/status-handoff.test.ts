/**
 * The status page of each language, as a translator uses it: the missing and the outdated group
 * each show one `errata handoff` command, and that command, copied and run, hands off exactly the
 * articles the group lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../helpers/cli.ts';
import { REPO, tempDir } from '../helpers/content.ts';
import { builtSite } from './helpers/built-site.ts';

let out: string;

beforeAll(async () => {
  out = await builtSite();
});

interface Group {
  cell: string;
  command: string | undefined;
  /** The slugs the group's links lead to (`/<locale>/<slug>/`). */
  slugs: string[];
}

function groups(locale: string): Group[] {
  const html = readFileSync(join(out, 'status', locale, 'index.html'), 'utf8');
  return [...html.matchAll(/<section aria-labelledby="state-([\w-]+)">([\s\S]*?)<\/section>/g)].map(
    ([, cell, body]) => ({
      cell: cell!,
      command: /<p class="handoff"><code>([^<]*)<\/code><\/p>/.exec(body!)?.[1]?.replace(/&#39;/g, "'"),
      slugs: [...body!.matchAll(/<a href="\/[^/]+\/([^/"]+)\/">/g)].map((m) => m[1]!).sort(),
    }),
  );
}

describe('the status page of a language', () => {
  it('shows the handoff command of its missing and outdated articles, and that command hands off just those', () => {
    let handedOff = 0;
    for (const locale of ['ar-sa', 'fr-fr', 'sv-se', 'uk-ua', 'vi-vn', 'zh-cn', 'zh-tw']) {
      for (const group of groups(locale)) {
        if (group.cell !== 'missing' && group.cell !== 'stale') {
          expect(group.command, `${locale} ${group.cell}`).toBeUndefined();
          continue;
        }
        expect(group.command, `${locale} ${group.cell}`).toBe(
          `errata handoff --locale ${locale} --${group.cell} --out ${locale}.xlf`,
        );
        const cwd = tempDir();
        const run = errata([...group.command!.split(' ').slice(1), '--content', join(REPO, 'content')], { cwd });
        expect(run.status, run.stderr).toBe(0);
        const xliff = readFileSync(join(cwd, `${locale}.xlf`), 'utf8');
        const files = [...xliff.matchAll(/<file id="f\d+" original="[^"]*?([^/"]+)\.md"/g)].map((m) => m[1]!).sort();
        expect(files, `${locale} ${group.cell}`).toEqual(group.slugs);
        handedOff += files.length;
      }
    }
    // The sample has missing and outdated translations (test/site/sample-docset.test.ts).
    expect(handedOff).toBeGreaterThan(5);
  });
});
