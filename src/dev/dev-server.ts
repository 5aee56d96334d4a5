/**
 * `errata dev`: an HTTP server on 127.0.0.1 for the real site, made page by page as it is
 * asked for (dev-site.ts), reloading the open tabs over server-sent events when a file they
 * show changes (watch-content.ts). GET and HEAD only; files only from the folders it serves.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { pageUrl } from '../page-data/page-url.ts';
import { isSafeMediaFile } from '../core/media/media-files.ts';
import { sniffMedia } from '../core/media/sniff-media.ts';
import { CONTENT_SECURITY_POLICY } from '../site/data/head.ts';
import { DevSite, type ArticleState } from './dev-site.ts';
export type { ArticleState } from './dev-site.ts';
import { CLIENT_SCRIPT, CLIENT_STYLES, EVENTS, errorPage, injectDev, problemPage } from './overlay.ts';
import { contentType, fileInside, pathSegments, readServed } from './served-files.ts';
import { Lru } from './lru.ts';
import { watchContent, type ContentChange } from './watch-content.ts';

export interface DevOptions {
  contentDir: string;
  locales?: string[];
  /** 0: any free port. A taken port gives the next free one. */
  port: number;
  host?: string;
  site: string;
  /** The last build's output, whose search indexes the pages use when it has them. */
  builtDir: string;
  log?: (text: string) => void;
  /** An article was checked again after a save: its problems, for the terminal (the CLI formats them). */
  checked?: (state: ArticleState) => void;
}

export interface RunningDev {
  url: string;
  port: number;
  /** Why the port is not the one asked for, when it is not. */
  portNote?: string;
  close(): Promise<void>;
}

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const PUBLIC_DIR = join(PROJECT_ROOT, 'src/site/public');
const PORTS_TRIED = 20;

export async function startDev(options: DevOptions): Promise<RunningDev> {
  const log = options.log ?? ((text: string) => console.log(text));
  const site = new DevSite({
    contentDir: options.contentDir,
    ...(options.locales ? { locales: options.locales } : {}),
    site: options.site,
    log,
    builtDir: options.builtDir,
    refreshed: (locale) =>
      broadcast({ paths: [`/${locale}/`, '/', '/status/', `/status/${locale}/`], all: false, lists: [locale] }),
  });
  // Asked now, so an unknown locale is a usage error before the server starts.
  site.servedLocales();
  const clients = new Set<ServerResponse>();
  // Changes so far, and the last one of each page path (and of all pages): see overlay.ts `injectDev`.
  let generation = 0;
  let allChanged = 0;
  const changed = new Lru<string, number>(10_000);
  const decoded = (path: string) => {
    try {
      return decodeURIComponent(path);
    } catch {
      return path;
    }
  };
  const searchNote = () =>
    site.servedLocales().some((l) => existsSync(join(options.builtDir, l, 'pagefind')))
      ? `errata dev · search uses the last build's index (${options.builtDir})`
      : 'errata dev · search is off: no build with a search index yet (errata build)';

  const report =
    options.checked ??
    ((state: ArticleState) => log(`${state.file}: ${state.diagnostics.length} problems (${Math.round(state.ms)} ms)`));

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Only GET and HEAD.\n');
      return;
    }
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0]!;
    const segments = pathSegments(pathname);
    if (!segments || !pathname.startsWith('/')) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Forbidden.\n');
      return;
    }
    if (pathname === EVENTS) return events(request, response);
    if (pathname === CLIENT_SCRIPT || pathname === CLIENT_STYLES)
      return sendFile(request, response, join(CLIENT_DIR, pathname.slice('/__errata/'.length)));

    const [first, ...rest] = segments;
    const locales = site.servedLocales();
    if (first !== undefined && locales.includes(first)) {
      // An article: `/<locale>/<slug>/`.
      if (pathname.endsWith('/') && rest.length > 0 && rest.at(-1) === '') {
        const file = site.articleFile(first, rest.slice(0, -1).join('/'));
        // The count of changes before the page is made: a save while it is made (a frame's
        // layout run takes seconds) reloads the tab as soon as it connects.
        const before = generation;
        if (file) return articleResponse(request, response, await site.article(file), before);
      }
      if (rest[0] === 'pagefind') {
        const found = fileInside(options.builtDir, segments);
        if (found) return sendFile(request, response, found);
        return notFound(request, response, first);
      }
      if (rest[0] === 'media' && isSafeMediaFile(rest.at(-1) ?? '')) {
        const found = fileInside(options.contentDir, segments);
        // Served only when its bytes are what its name says, as a build publishes it: an HTML page named x.png is not.
        if (found && sniffMedia([found], [extname(found).toLowerCase()])[0]?.status === 'ok')
          return sendFile(request, response, found);
        return notFound(request, response, first);
      }
      const found = fileInside(await site.pagesFolder(first), segments);
      if (found && !segments.some((s) => s.startsWith('_frame-'))) return sendFile(request, response, found);
      return notFound(request, response, first);
    }
    // The site's own files (public/, and what Astro bundled: `_astro/`, named by content hash), then the root pages.
    const asset =
      segments.length === 1
        ? fileInside(PUBLIC_DIR, segments)
        : first === '_astro'
          ? (fileInside(site.outDir, segments) ?? fileInside(options.builtDir, segments))
          : undefined;
    if (asset) return sendFile(request, response, asset);
    const root = site.rootLocale();
    const folder = root ? await site.pagesFolder(root) : site.outDir;
    // Another locale's folder (not served) is not looked up.
    const found =
      first !== undefined && /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(first) && !locales.includes(first)
        ? undefined
        : fileInside(folder, segments);
    if (found) return sendFile(request, response, found);
    return notFound(request, response, undefined);
  };

  const articleResponse = (request: IncomingMessage, response: ServerResponse, state: ArticleState, before: number) => {
    const page = state.html ?? problemPage(state.file, state.diagnostics, CONTENT_SECURITY_POLICY);
    send(
      request,
      response,
      200,
      'text/html; charset=utf-8',
      injectDev(page, { diagnostics: state.diagnostics, file: state.file, search: searchNote(), generation: before }),
    );
  };

  const notFound = async (request: IncomingMessage, response: ServerResponse, locale: string | undefined) => {
    const root = locale ?? site.rootLocale();
    const folder = root ? await site.pagesFolder(root).catch(() => site.outDir) : site.outDir;
    const page = fileInside(folder, locale ? [locale, '404.html'] : ['404.html']);
    if (page)
      send(
        request,
        response,
        404,
        'text/html; charset=utf-8',
        injectDev(readServed(page).toString('utf8'), { diagnostics: [], search: searchNote(), generation }),
      );
    else send(request, response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  };

  const sendFile = (request: IncomingMessage, response: ServerResponse, path: string) => {
    const type = contentType(path);
    const body = readServed(path);
    send(
      request,
      response,
      200,
      type,
      type.startsWith('text/html')
        ? injectDev(body.toString('utf8'), { diagnostics: [], search: searchNote(), generation })
        : body,
    );
  };

  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
  ) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    response.writeHead(status, {
      'content-type': type,
      'content-length': bytes.length,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  };

  const events = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write('retry: 300\n\n');
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const since = Number(query.get('since') ?? generation);
    const path = query.get('path') ?? '';
    // The page changed between being served and connecting here: it reloads now.
    if (allChanged > since || (changed.get(decoded(path)) ?? 0) > since)
      response.write(`event: change\ndata: ${JSON.stringify({ paths: [path], all: false })}\n\n`);
    clients.add(response);
    response.on('close', () => clients.delete(response));
  };

  /** `lists`: locales whose homes and lists changed (client/dev.js knows which pages those are). */
  const broadcast = (change: { paths: string[]; all: boolean; lists?: string[] }) => {
    generation++;
    if (change.all) allChanged = generation;
    for (const path of change.paths) changed.set(decoded(path), generation);
    const message = `event: change\ndata: ${JSON.stringify(change)}\n\n`;
    for (const client of clients) client.write(message);
  };

  const onChange = async (change: ContentChange) => {
    try {
      if (change.kind === 'site') {
        site.forgetAll();
        log(`${change.what} changed: every page is made again when asked for.`);
        broadcast({ paths: [], all: true });
        return;
      }
      const { locale } = change;
      if (change.kind === 'media') {
        site.forgetListing(locale);
        for (const s of site.listing(locale).keys()) site.forgetSlug(s);
        broadcast({ paths: [], all: true });
        return;
      }
      const { slug } = change;
      // Was the article listed? A new or removed one changes its locale's listing, homes and lists.
      const listed = site.isListed(locale, slug);
      const kind = !change.exists ? 'removed' : listed ? 'changed' : 'added';
      site.forgetSlug(slug);
      if (kind === 'changed') site.forgetLayout(locale);
      else site.forgetListing(locale);
      const paths = site.allLocales().map((l) => pageUrl(l, slug));
      const file = change.exists ? site.articleFile(locale, slug) : undefined;
      try {
        if (file) report(await site.refresh(file));
        else if (kind === 'removed') log(`${locale}/${slug}.md was removed.`);
      } finally {
        // Told even when the page could not be made: the tab then shows why, not its old version.
        // Every open page of the locale reloads when its lists change; else only the article's pages.
        broadcast({ paths, all: kind !== 'changed' });
      }
    } catch (error) {
      log(`errata dev: ${(error as Error).message}`);
    }
  };

  const server = createServer((request, response) => {
    const before = generation;
    handle(request, response).catch((error: unknown) => {
      log(`errata dev: ${request.url}: ${(error as Error).stack ?? error}`);
      if (response.headersSent) return void response.end();
      // A page, with dev's script: the tab still listens, and reloads with the next save.
      const page = errorPage(request.url ?? '/', (error as Error).message, CONTENT_SECURITY_POLICY);
      send(
        request,
        response,
        500,
        'text/html; charset=utf-8',
        injectDev(page, { diagnostics: [], search: searchNote(), generation: before }),
      );
    });
  });
  const host = options.host ?? '127.0.0.1';
  // Watching starts beside listening, and the URL is given once both are done: a save made
  // as soon as the page is open must not fall before the watcher is ready.
  const watcher = watchContent({
    contentDir: options.contentDir,
    uiStringsDir: (await import('../core/i18n/ui-strings.ts')).uiStringsDir(),
    onChange: (c) => void onChange(c),
  });
  const { port, note } = await Promise.all([listen(server, host, options.port), watcher.ready]).then(
    ([listening]) => listening,
    async (error: unknown) => {
      await watcher.close();
      throw error;
    },
  );
  return {
    url: `http://localhost:${port}/`,
    port,
    ...(note ? { portNote: note } : {}),
    async close() {
      await watcher.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      server.close();
      site.close();
    },
  };
}

/** Listens on `port`, or the next free one when it is taken (not for 0: any free port). */
async function listen(server: Server, host: string, port: number): Promise<{ port: number; note?: string }> {
  for (let tried = 0; ; tried++) {
    const attempt = port === 0 ? 0 : port + tried;
    try {
      server.listen(attempt, host);
      await once(server, 'listening');
      const actual = (server.address() as AddressInfo).port;
      return {
        port: actual,
        ...(port !== 0 && actual !== port ? { note: `port ${port} is taken; using ${actual}` } : {}),
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || tried + 1 >= PORTS_TRIED) throw error;
    }
  }
}
