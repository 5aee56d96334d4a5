/**
 * A tiny static file server on 127.0.0.1 for the built site, answering as a plain host
 * would: `dir/` → `dir/index.html`, a missing page → the locale's 404 page, else /404.html.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolveFile(root, path);
    if (file) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    const locale = path.split('/')[1] ?? '';
    const notFound =
      [join(root, locale, '404/index.html'), join(root, '404.html')].find((f) => locale && existsSync(f)) ??
      join(root, '404.html');
    response.writeHead(404, { 'Content-Type': TYPES['.html']! });
    createReadStream(notFound).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, path: string): string | undefined {
  const target = normalize(join(root, path));
  if (!target.startsWith(root)) return undefined;
  const candidates = path.endsWith('/') ? [join(target, 'index.html')] : [target];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}
