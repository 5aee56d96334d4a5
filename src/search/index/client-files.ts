/**
 * The browser files of one locale's search, bundled from src/search/client/ with esbuild:
 * /<locale>/search.js with the locale's data compiled in; the search box and error lookup
 * scripts and the UI's stylesheet (the same for every locale, bundled once per process);
 * and the adapter Pagefind's UI loads as its "pagefind.js". Every script is a file: the
 * site's security policy allows no inline script.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchData } from '../shared/search-data.ts';

const CLIENT = fileURLToPath(new URL('../client/', import.meta.url));
/** Where Pagefind's UI finds its "pagefind.js", below the locale folder. */
export const UI_BUNDLE_PATH = 'pagefind/errata-ui/';
/** The browsers the site supports: regular-expression `v` flags and Intl.Segmenter are used. */
const TARGET = ['chrome120', 'firefox125', 'safari17.4'];

type Esbuild = typeof import('esbuild');
let esbuild: Promise<Esbuild> | undefined;
let shared: Promise<Record<string, string>> | undefined;

async function bundle(entry: string, options: Record<string, unknown> = {}): Promise<string> {
  const { build } = await (esbuild ??= import('esbuild'));
  const result = await build({
    entryPoints: [join(CLIENT, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    target: TARGET,
    legalComments: 'none',
    logLevel: 'error',
    ...options,
  });
  return result.outputFiles[0]!.text;
}

/** The same for every locale: built once per process. */
function sharedFiles(): Promise<Record<string, string>> {
  shared ??= (async () => ({
    'search-ui.js': await bundle('search-ui.ts'),
    'error-lookup.js': await bundle('error-lookup.ts'),
    'search-ui.css': await bundle('search-ui.css', { format: undefined, loader: { '.css': 'css' } }),
  }))();
  return shared;
}

/** Writes the locale's browser files; returns their total size in bytes. */
export async function writeClientFiles(localeDir: string, data: SearchData): Promise<number> {
  const files: Record<string, string> = {
    ...(await sharedFiles()),
    'search.js': await bundle('search-module.ts', { define: { __ERRATA_SEARCH_DATA__: JSON.stringify(data) } }),
  };
  let bytes = 0;
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(localeDir, name), text);
    bytes += Buffer.byteLength(text);
  }
  const adapter = join(localeDir, UI_BUNDLE_PATH, 'pagefind.js');
  mkdirSync(dirname(adapter), { recursive: true });
  copyFileSync(join(CLIENT, 'pagefind-adapter.js'), adapter);
  return bytes;
}
