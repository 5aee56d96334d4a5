/**
 * Which answer a request gets: dev's own script and events, an article made from its file, a
 * locale's search index (from the last build), its media (by their bytes), the pages of a
 * locale's layout run, the site's own files and root pages. Files come only from the folders
 * each is served from (served-files.ts `fileInside`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSafeMediaFile } from '../core/media/media-files.ts';
import { sniffMedia } from '../core/media/sniff-media.ts';
import { PROJECT_ROOT } from '../process/project-root.ts';
import type { DevSite } from './dev-site.ts';
import type { LiveReload } from './live-reload.ts';
import { CLIENT_SCRIPT, CLIENT_STYLES, EVENTS } from './overlay.ts';
import type { Responses } from './responses.ts';
import { fileInside, pathSegments } from './served-files.ts';

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const PUBLIC_DIR = join(PROJECT_ROOT, 'src/site/public');

export interface Routes {
  site: DevSite;
  contentDir: string;
  builtDir: string;
  reload: LiveReload;
  respond: Responses;
}

export async function route(request: IncomingMessage, response: ServerResponse, routes: Routes): Promise<void> {
  const { site, respond } = routes;
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return respond.text(response, 405, 'Only GET and HEAD.\n', { allow: 'GET, HEAD' });
  const pathname = (request.url ?? '/').split(/[?#]/, 1)[0]!;
  const segments = pathSegments(pathname);
  if (!segments || !pathname.startsWith('/')) return respond.text(response, 403, 'Forbidden.\n');
  if (pathname === EVENTS) return routes.reload.connect(request, response);
  if (pathname === CLIENT_SCRIPT || pathname === CLIENT_STYLES)
    return respond.file(request, response, join(CLIENT_DIR, pathname.slice('/__errata/'.length)));

  const [first, ...rest] = segments;
  const locales = site.servedLocales();
  if (first !== undefined && locales.includes(first)) {
    // An article: `/<locale>/<slug>/`.
    if (pathname.endsWith('/') && rest.length > 0 && rest.at(-1) === '') {
      const file = site.articleFile(first, rest.slice(0, -1).join('/'));
      // The count of changes before the page is made: a save while it is made (a frame's
      // layout run takes seconds) reloads the tab as soon as it connects.
      const before = routes.reload.generation;
      if (file) return respond.article(request, response, await site.article(file), before);
    }
    if (rest[0] === 'pagefind') {
      const found = fileInside(routes.builtDir, segments);
      if (found) return respond.file(request, response, found);
      return respond.notFound(request, response, first);
    }
    if (rest[0] === 'media' && isSafeMediaFile(rest.at(-1) ?? '')) {
      const found = fileInside(routes.contentDir, segments);
      // Served only when its bytes are what its name says, as a build publishes it: an HTML page named x.png is not.
      if (found && sniffMedia([found], [extname(found).toLowerCase()])[0]?.status === 'ok')
        return respond.file(request, response, found);
      return respond.notFound(request, response, first);
    }
    const found = fileInside(await site.pagesFolder(first), segments);
    if (found && !segments.some((s) => s.startsWith('_frame-'))) return respond.file(request, response, found);
    return respond.notFound(request, response, first);
  }
  // The site's own files (public/, and what Astro bundled: `_astro/`, named by content hash), then the root pages.
  const asset =
    segments.length === 1
      ? fileInside(PUBLIC_DIR, segments)
      : first === '_astro'
        ? (fileInside(site.outDir, segments) ?? fileInside(routes.builtDir, segments))
        : undefined;
  if (asset) return respond.file(request, response, asset);
  const root = site.rootLocale();
  const folder = root ? await site.pagesFolder(root) : site.outDir;
  // Another locale's folder (not served) is not looked up.
  const found =
    first !== undefined && /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(first) && !locales.includes(first)
      ? undefined
      : fileInside(folder, segments);
  if (found) return respond.file(request, response, found);
  return respond.notFound(request, response, undefined);
}
