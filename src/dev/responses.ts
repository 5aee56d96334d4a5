/**
 * What dev answers with: files, article pages (or the page of their problems), 404s and error
 * pages. Every HTML page gets dev's script and overlay (overlay.ts `injectDev`) with the count of
 * changes it was made at, so its tab reloads with the next save even when the page failed.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../site/data/head.ts';
import type { ArticleState, DevSite } from './dev-site.ts';
import type { LiveReload } from './live-reload.ts';
import { errorPage, injectDev, problemPage } from './overlay.ts';
import { contentType, fileInside, readServed } from './served-files.ts';

type Request = IncomingMessage;
type Response = ServerResponse;

export class Responses {
  readonly #site: DevSite;
  readonly #builtDir: string;
  readonly #reload: LiveReload;

  constructor(site: DevSite, builtDir: string, reload: LiveReload) {
    this.#site = site;
    this.#builtDir = builtDir;
    this.#reload = reload;
  }

  /** The note on every page: whether search works, and from which build. */
  searchNote(): string {
    return this.#site.servedLocales().some((l) => existsSync(join(this.#builtDir, l, 'pagefind')))
      ? `errata dev · search uses the last build's index (${this.#builtDir})`
      : 'errata dev · search is off: no build with a search index yet (errata build)';
  }

  /** `before`: the count of changes when the request came (a save while the page was made reloads it). */
  article(request: Request, response: Response, state: ArticleState, before: number): void {
    const page = state.html ?? problemPage(state.file, state.diagnostics, CONTENT_SECURITY_POLICY);
    const html = injectDev(page, {
      diagnostics: state.diagnostics,
      file: state.file,
      search: this.searchNote(),
      generation: before,
    });
    this.send(request, response, 200, 'text/html; charset=utf-8', html);
  }

  file(request: Request, response: Response, path: string): void {
    const type = contentType(path);
    const body = readServed(path);
    this.send(
      request,
      response,
      200,
      type,
      type.startsWith('text/html') ? this.#injected(body.toString('utf8')) : body,
    );
  }

  /** The locale's 404 page (or the root's), else a line of text. */
  async notFound(request: Request, response: Response, locale: string | undefined): Promise<void> {
    const root = locale ?? this.#site.rootLocale();
    const folder = root ? await this.#site.pagesFolder(root).catch(() => this.#site.outDir) : this.#site.outDir;
    const page = fileInside(folder, locale ? [locale, '404.html'] : ['404.html']);
    if (page)
      this.send(request, response, 404, 'text/html; charset=utf-8', this.#injected(readServed(page).toString('utf8')));
    else this.send(request, response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  }

  /** A page, with dev's script: the tab still listens, and reloads with the next save. */
  failed(request: Request, response: Response, error: Error, before: number): void {
    if (response.headersSent) return void response.end();
    const page = errorPage(request.url ?? '/', error.message, CONTENT_SECURITY_POLICY);
    const html = injectDev(page, { diagnostics: [], search: this.searchNote(), generation: before });
    this.send(request, response, 500, 'text/html; charset=utf-8', html);
  }

  text(response: Response, status: number, text: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(text);
  }

  send(request: Request, response: Response, status: number, type: string, body: string | Buffer): void {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    response.writeHead(status, {
      'content-type': type,
      'content-length': bytes.length,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  #injected(html: string): string {
    return injectDev(html, { diagnostics: [], search: this.searchNote(), generation: this.#reload.generation });
  }
}
