/**
 * `errata dev`: an HTTP server on 127.0.0.1 for the real site, made page by page as it is
 * asked for (dev-site.ts), reloading the open tabs over server-sent events (live-reload.ts) when
 * a file they show changes (watch-content.ts, content-changes.ts). GET and HEAD only; files only
 * from the folders it serves (routes.ts).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { uiStringsDir } from '../core/i18n/ui-strings.ts';
import { contentChanges } from './content-changes.ts';
import { DevSite, type ArticleState } from './dev-site.ts';
import { LiveReload } from './live-reload.ts';
import { Responses } from './responses.ts';
import { route } from './routes.ts';
import { watchContent } from './watch-content.ts';
export type { ArticleState } from './dev-site.ts';

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

const PORTS_TRIED = 20;

/**
 * Wires dev's parts: the site's state (dev-site.ts), the open tabs (live-reload.ts), the routes
 * (routes.ts) and what a save does (content-changes.ts); then listens and watches.
 */
export async function startDev(options: DevOptions): Promise<RunningDev> {
  const log = options.log ?? ((text: string) => console.log(text));
  const reload = new LiveReload();
  const site = new DevSite({
    contentDir: options.contentDir,
    ...(options.locales ? { locales: options.locales } : {}),
    site: options.site,
    log,
    builtDir: options.builtDir,
    refreshed: (locale) =>
      reload.broadcast({ paths: [`/${locale}/`, '/', '/status/', `/status/${locale}/`], all: false, lists: [locale] }),
  });
  // Asked now, so an unknown locale is a usage error before the server starts.
  site.servedLocales();
  const respond = new Responses(site, options.builtDir, reload);
  const routes = { site, contentDir: options.contentDir, builtDir: options.builtDir, reload, respond };
  const report =
    options.checked ??
    ((state: ArticleState) => log(`${state.file}: ${state.diagnostics.length} problems (${Math.round(state.ms)} ms)`));
  const onChange = contentChanges(site, reload, report, log);

  const server = createServer((request, response) => {
    const before = reload.generation;
    route(request, response, routes).catch((error: unknown) => {
      log(`errata dev: ${request.url}: ${(error as Error).stack ?? error}`);
      respond.failed(request, response, error as Error, before);
    });
  });
  // Watching starts beside listening, and the URL is given once both are done: a save made
  // as soon as the page is open must not fall before the watcher is ready.
  const watcher = watchContent({
    contentDir: options.contentDir,
    uiStringsDir: uiStringsDir(),
    onChange: (c) => void onChange(c),
  });
  const { port, note } = await Promise.all([
    listen(server, options.host ?? '127.0.0.1', options.port),
    watcher.ready,
  ]).then(
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
      reload.close();
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
