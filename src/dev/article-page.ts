/**
 * One article page, as the build writes it: the page data from pages/prepare-pages.ts, the
 * body from the core renderer (through a render store of dev's own), put into the page frame
 * of its shape (pages/page-frames.ts). The site-wide facts a page shows — the versions of its
 * slug, whether it has a source page — come from that slug's files alone, exactly as the
 * content index (core/crosslocale/content-index.ts) would give them.
 */
import { join } from 'node:path';
import type { Article } from '../core/model.ts';
import { SOURCE_LOCALE, type ContentFile } from '../core/read/content-files.ts';
import { indexEntry } from '../core/crosslocale/content-index.ts';
import { readFrontMatterHead } from '../core/read/front-matter-head.ts';
import { readUiStrings } from '../core/i18n/ui-strings.ts';
import { fillFrame, framePage, shapeId, shapeKey } from '../pages/page-frames.ts';
import { preparePages } from '../pages/prepare-pages.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import type { SiteFacts, SiteLocale, SitePage, SiteRepository } from '../page-data/site-data.ts';
import { readFrame } from './frames.ts';

export type ArticlePage =
  | { html: string; page: SitePage }
  /** No frame for the page's shape yet: a layout run makes it (dev-layout.ts), then ask again. */
  | { frame: { id: string; page: SitePage } };

export interface PageContext {
  contentDir: string;
  site: string;
  locales: SiteLocale[];
  templateHash: string;
  /** Where pages link "Edit this page" (pages/repository-links.ts), as a build of this content would. */
  repository?: SiteRepository;
}

/** `slugFiles`: the slug's file in every locale, this one included. */
export async function articlePage(
  context: PageContext,
  article: Article,
  slugFiles: readonly ContentFile[],
): Promise<ArticlePage> {
  // The locales whose version is a page: what the content index lists, from each file's front-matter head.
  const versions = slugFiles
    .filter((f) => indexEntry(f, readFrontMatterHead(f.absolute), SOURCE_LOCALE)?.isPage)
    .map((f) => f.locale)
    .sort();
  if (!versions.includes(article.locale)) versions.push(article.locale);
  versions.sort();
  // Only what an article page shows: the site's lists (codes, status) are the layout run's.
  const facts: SiteFacts = {
    locales: context.locales,
    sourceLocale: SOURCE_LOCALE,
    codes: [],
    site: context.site.replace(/\/$/, ''),
    alternates: { [article.slug]: versions },
    status: { locales: [], rows: [], totals: {} },
    ...(context.repository ? { repository: context.repository } : {}),
  };
  // A copy: preparePages empties the body of the articles it is given (a build's memory), and
  // dev asks again with the same article after a frame's layout run. Emptied, the body was read
  // from the file again — by then perhaps a later save, rendered under this save's front
  // matter, in another shape than the frame just made: no page, a 500 (issue #18).
  const { pages, bodies } = await preparePages({
    contentDir: context.contentDir,
    articles: [{ ...article }],
    facts,
    cacheDir: join(PROJECT_ROOT, '.errata-cache', 'dev-pages'),
  });
  try {
    const page = pages[0]!;
    const name = siteName(page.locale);
    const id = shapeId(shapeKey(page, name));
    const frame = readFrame(context.templateHash, id);
    if (!frame) return { frame: { id, page: framePage(page, name) } };
    return { html: fillFrame(frame, page, bodies.html(page)), page };
  } finally {
    bodies.close();
  }
}

/**
 * The site's name in a locale, as the layout's translator gives it (page-data/i18n.ts), read
 * afresh each time: the UI strings may have changed since the server started.
 */
function siteName(locale: string): string {
  return readUiStrings(locale)['site.name'] || readUiStrings('en-us')['site.name'] || 'site.name';
}
