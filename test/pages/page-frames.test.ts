import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fillFrame, framePage, parseFrame, shapeKey } from '../../src/pages/page-frames.ts';
import type { SitePage } from '../../src/page-data/site-data.ts';
import { corpusContent, itWithCorpus } from '../helpers/corpus.ts';
import { FRONT_MATTER, makeContent, REPO, tempDir } from '../helpers/content.ts';

const page: SitePage = {
  locale: 'zh-tw',
  slug: 'a',
  url: '/zh-tw/a/',
  title: 'T',
  description: 'D',
  html: '<p>x</p>',
  bodyKey: 'k',
  headings: [
    { depth: 2, id: 'one', text: 'One' },
    { depth: 3, id: 'two', text: 'Two' },
  ],
  translation: 'MT',
  stale: false,
  sideBySide: true,
  robots: { index: true, follow: true },
  codes: [],
  alternates: [{ locale: 'zh-tw', hreflang: 'zh-TW', url: '/zh-tw/a/' }],
};

/** What Astro makes of a frame page, in miniature: the same expressions in text and in attributes. */
function miniFrame(frame: SitePage): string {
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<title>${frame.title}</title><meta name="description" content="${attr(frame.description)}"><a href="${attr(frame.alternates[0]!.url)}" title="a > b">${frame.headings[0]!.text}</a><div>${frame.html}</div>`;
}

describe('page frames', () => {
  it('escape each value as Astro does where it stands: text, attribute, or the body as HTML', () => {
    const hostile = {
      ...page,
      title: `<script>alert('x')</script> & "q"`,
      description: `say "hi" & <b>`,
      html: '<p>kept</p>',
      headings: [{ depth: 2, id: 'i', text: "a<b>'" }, page.headings[1]!],
    };
    const filled = fillFrame(parseFrame(miniFrame(framePage(hostile, 'Site'))), hostile, hostile.html);
    expect(filled).toBe(
      `<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</title><meta name="description" content="say &quot;hi&quot; &amp; <b>"><a href="/zh-tw/a/" title="a > b">a&lt;b&gt;&#39;</a><div><p>kept</p></div>`,
    );
  });

  it('never let a value act as a marker', () => {
    const sneaky = { ...page, title: '\uFDD0html\uFDD1', html: '<p>body</p>' };
    const filled = fillFrame(parseFrame(miniFrame(framePage(sneaky, 'Site'))), sneaky, sneaky.html);
    expect(filled).toContain('<title>\uFFFDhtml\uFFFD</title>');
    expect(filled.match(/<p>body<\/p>/g)).toHaveLength(1);
  });

  it('give pages that differ only in their values one shape, and pages laid out differently another', () => {
    const other = {
      ...page,
      slug: 'b',
      url: '/zh-tw/b/',
      title: 'U',
      html: '<p>y</p>',
      headings: [
        { depth: 2, id: 'x', text: 'X' },
        { depth: 3, id: 'y', text: 'Y' },
      ],
    };
    expect(shapeKey(other, 'Site')).toBe(shapeKey(page, 'Site'));
    expect(shapeKey({ ...page, stale: true }, 'Site')).not.toBe(shapeKey(page, 'Site'));
    expect(shapeKey({ ...page, headings: [page.headings[0]!, { ...page.headings[1]!, depth: 2 }] }, 'Site')).not.toBe(
      shapeKey(page, 'Site'),
    );
    expect(shapeKey({ ...page, title: 'Site' }, 'Site')).not.toBe(shapeKey(page, 'Site'));
  });

  itWithCorpus(
    'make every article page byte for byte what Astro lays out for the page itself, on corpus articles of every shape',
    async () => {
      // Two locales of the side-by-side corpus (a left-to-right and a right-to-left one), plus
      // the seeds and values that need escaping.
      const corpus = await corpusContent('live-sxs');
      const content = makeContent({
        'vi-vn/escaped.md': `${FRONT_MATTER('vi-VN').replace('title: A test article', `title: "Tom & Jerry's <b>\\"quoted\\"</b>"\ndescription: 'a "b" & c''s <d>'`)}# x\n\n## A & B <i>\n\n### C "d"\n\nText.\n`,
      });
      for (const locale of ['ar-sa', 'vi-vn']) {
        const names = readdirSync(join(corpus, locale))
          .filter((n) => n.endsWith('.md'))
          .sort()
          .slice(0, 150);
        for (const name of names) cpSync(join(corpus, locale, name), join(content, locale, name));
        cpSync(join(corpus, locale, 'media'), join(content, locale, 'media'), { recursive: true });
      }
      cpSync(join(corpus, 'error-codes'), join(content, 'error-codes'), { recursive: true });
      const build = (out: string, direct: boolean) =>
        spawnSync(
          process.execPath,
          [join(REPO, 'bin/errata.js'), 'build', '--content', content, '--out', out, '--keep-going', '--jobs', '1'],
          {
            cwd: REPO,
            encoding: 'utf8',
            env: { ...process.env, ERRATA_DIRECT_PAGES: direct ? '1' : '0' },
          },
        );
      const framed = tempDir();
      const direct = tempDir();
      const framedRun = build(framed, false);
      expect(framedRun.status, framedRun.stderr).toBe(0);
      expect(framedRun.stdout).toMatch(/\(\d+ page frames(, the root pages)?\)/);
      expect(build(direct, true).status).toBe(0);
      const pages = (dir: string) =>
        readdirSync(dir, { recursive: true })
          .map(String)
          .filter((f) => f.endsWith('index.html') && /^(ar-sa|vi-vn)\/./.test(f))
          .sort();
      const framedPages = pages(framed);
      expect(framedPages.length).toBeGreaterThan(300);
      expect(framedPages).toEqual(pages(direct));
      for (const file of framedPages)
        expect(readFileSync(join(framed, file), 'utf8'), file).toBe(readFileSync(join(direct, file), 'utf8'));
      // No frame is left on the site.
      expect(framedPages.some((f) => f.includes('_frame-'))).toBe(false);
      const escaped = readFileSync(join(framed, 'vi-vn/escaped/index.html'), 'utf8');
      expect(escaped).toContain('Tom &amp; Jerry&#39;s &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;');
      expect(escaped).toContain(`content="a &quot;b&quot; &amp; c's <d>"`);
    },
  );
});
