/**
 * Small hand-written pages in languages the shared corpus lacks (Japanese, Thai, Hebrew),
 * shaped as the build hands them to the search step: sanitized body HTML, side-by-side
 * English hidden, and the codes the core finds in the text.
 */
import { findCodes } from '../../../src/core/codes/find.ts';
import type { Registry } from '../../../src/core/codes/registry.ts';
import type { SitePage } from '../../../src/page-data/site-data.ts';
import { pageUrl } from '../../../src/page-data/page-url.ts';

export interface Sample {
  slug: string;
  title: string;
  /** Paragraphs; `[[translation|English]]` becomes a side-by-side segment with hidden English. */
  paragraphs: string[];
}

export function samplePages(locale: string, samples: Sample[], registry: Registry): SitePage[] {
  return samples.map((sample) => {
    const html = sample.paragraphs.map((p) => `<p>${sideBySide(p)}</p>`).join('\n');
    const visible = `${sample.title} ${sample.paragraphs.map((p) => p.replace(/\[\[([^|]*)\|[^\]]*\]\]/g, '$1')).join(' ')}`;
    return {
      locale,
      slug: sample.slug,
      url: pageUrl(locale, sample.slug),
      title: sample.title,
      description: '',
      html,
      bodyKey: '',
      headings: [],
      translation: 'HT',
      stale: false,
      sideBySide: html.includes('sxs-o'),
      robots: { index: true, follow: true },
      codes: [...new Set(findCodes(visible, registry).map((m) => m.code))],
      alternates: [],
    };
  });
}

function sideBySide(paragraph: string): string {
  return paragraph.replace(
    /\[\[([^|]*)\|([^\]]*)\]\]/g,
    (_, translation: string, english: string) =>
      `<span class="sxs"><span class="sxs-t">${translation}</span><span class="sxs-o" lang="en-US" dir="ltr" hidden data-pagefind-ignore>${english}</span></span>`,
  );
}
