/**
 * The built site the browser tests search: the bundled content as every site test builds
 * it (test/site/helpers/built-site.ts), or a site built elsewhere named by
 * ERRATA_SEARCH_SITE (a merge of shard builds, a build of other content).
 */
import { builtSite } from '../../site/helpers/built-site.ts';

export async function searchSite(): Promise<string> {
  return process.env.ERRATA_SEARCH_SITE ?? builtSite();
}
