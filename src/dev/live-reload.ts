/**
 * The open tabs, over server-sent events (overlay.ts `EVENTS`): each change is counted, and a tab
 * is told of every change to its page — even one made before it connected (a page carries the
 * count it was made at, overlay.ts `injectDev`), so a save between a reload and the new page's
 * connection is not missed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Lru } from './lru.ts';

/** `lists`: locales whose homes and lists changed (client/dev.js knows which pages those are). */
export interface PageChange {
  paths: string[];
  all: boolean;
  lists?: string[];
}

export class LiveReload {
  /** Changes so far. */
  #generation = 0;
  /** The last change to every page, and to each page path. */
  #allChanged = 0;
  readonly #changed = new Lru<string, number>(10_000);
  readonly #clients = new Set<ServerResponse>();

  /** The count of changes so far: what a page served now carries. */
  get generation(): number {
    return this.#generation;
  }

  /** A tab's event stream; it hears at once of a change to its page since the count it was made at. */
  connect(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    response.write('retry: 300\n\n');
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const since = Number(query.get('since') ?? this.#generation);
    const path = query.get('path') ?? '';
    // The page changed between being served and connecting here: it reloads now.
    if (this.#allChanged > since || (this.#changed.get(decoded(path)) ?? 0) > since)
      response.write(`event: change\ndata: ${JSON.stringify({ paths: [path], all: false })}\n\n`);
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  broadcast(change: PageChange): void {
    const generation = ++this.#generation;
    if (change.all) this.#allChanged = generation;
    for (const path of change.paths) this.#changed.set(decoded(path), generation);
    const message = `event: change\ndata: ${JSON.stringify(change)}\n\n`;
    for (const client of this.#clients) client.write(message);
  }

  close(): void {
    for (const client of this.#clients) client.end();
  }
}

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
