/**
 * The check makes the content-index entries of the files it reads from its own parse of them;
 * the light pass reads the heads of files nobody checked. Both must give the same entry for
 * every kind of file, or a build of some locales would disagree with a build of all on the
 * root pages (test/corpus/content-index.test.ts holds the same on the real corpus).
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/core/check/check-content.ts';
import { readContentIndex } from '../../src/core/crosslocale/content-index.ts';
import { SOURCE_LOCALE } from '../../src/core/read/content-files.ts';
import { bundledRegistry, FRONT_MATTER, makeContent } from '../helpers/content.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const body = '\n# Error AADSTS50000\n\nSign in again.\n';

describe('the content-index entries the check makes', () => {
  it('are the entries the light pass reads, file by file, whatever the file', async () => {
    const content = makeContent({
      ...bundledRegistry(),
      'en-us/plain.md': FRONT_MATTER('en-us').replace('ms.translationtype: MT', 'ms.translationtype: source') + body,
      'sv-se/plain.md': FRONT_MATTER('sv-se') + body,
      // The yaml package's path (a flow sequence), not the simple parser's.
      'sv-se/flow.md': FRONT_MATTER('sv-se', 'ms.custom: [a, b]\n') + body,
      // Larger than the head the light pass reads: its entry comes from the head, both ways.
      'sv-se/long.md': FRONT_MATTER('sv-se') + body + 'Lorem ipsum dolor sit amet. '.repeat(1200),
      // Too deeply nested to check, yet its front matter is fine: the index has it.
      'sv-se/deep.md': FRONT_MATTER('sv-se') + '>'.repeat(2000) + ' deep\n',
      // An include fragment: no front matter of its own; the index leaves it out.
      'sv-se/includes/fragment.md': 'Shared text.\n',
      // Broken YAML: left out.
      'sv-se/broken.md': '---\ntitle: [unclosed\n---\n' + body,
      // Valid YAML but not what a page needs (no title): in the index as the light pass has it.
      'sv-se/untitled.md': FRONT_MATTER('sv-se').replace('title: A test article\n', '') + body,
      'sv-se/binary.md': new Uint8Array([0, 1, 2, 255, 254, 0]),
    });
    dirs.push(content);
    const checked = await checkContent({ contentDir: content, indexEntries: true });
    const light = readContentIndex(content, SOURCE_LOCALE);
    const lightByFile = new Map(light.articles.map((a) => [a.file, a]));
    expect(checked.indexed!.size).toBe(9);
    for (const [file, entry] of checked.indexed!) expect([file, entry]).toEqual([file, lightByFile.get(file) ?? null]);
    // What the index holds for a page it keeps, and what it leaves out.
    expect(checked.indexed!.get('sv-se/plain.md')).toMatchObject({ slug: 'plain', meta: { title: 'A test article' } });
    expect(checked.indexed!.get('sv-se/broken.md')).toBeNull();
    expect(checked.indexed!.get('sv-se/long.md')).toMatchObject({ meta: { title: 'A test article' } });
    // Made from the checked entries, the index is the light one, staleness included.
    expect(JSON.stringify(readContentIndex(content, SOURCE_LOCALE, checked.indexed))).toBe(JSON.stringify(light));
  });
});
