/** errata dev [--content DIR] [--locales a,b] [--port N] [--open] */
import { resolve } from 'node:path';
import open from 'open';
import { wantedLocales } from '../../core/read/content-files.ts';
import { startDev } from '../../dev/dev-server.ts';
import { formatPretty } from '../format/pretty.ts';
import { parseCommand, type CommandSpec, type Flags } from '../command.ts';
import { colorsFor } from '../style.ts';
import { resolveContentDir, siteUrl } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

export const DEV = {
  usage: 'errata dev [--content DIR] [--locales a,b] [--port N] [--open] [--out DIR] [--site URL]',
  prose: `Serves the site on http://localhost:N/ (127.0.0.1 only) while you write: each page is
checked and rendered when it is asked for, with the same layout, styles and scripts as
"errata build". Saving an article checks and renders it again and reloads its open
tabs; its problems show in the terminal and in an overlay at the top of the page.
New, renamed and deleted articles, the registry (error-codes/) and the UI strings
(locales/) are picked up too. Search is off without a build in --out.
Stop with Ctrl+C.`,
  flags: {
    content: { type: 'string', value: 'DIR', default: 'content', description: 'the content directory' },
    locales: {
      type: 'string',
      value: 'a,b',
      defaultText: 'every locale',
      description: 'only these locales (lower-case tags, as the folders are named)',
    },
    port: {
      type: 'string',
      value: 'N',
      default: '4321',
      description: 'the port; the next free one when taken, 0 picks any free port',
    },
    open: {
      type: 'boolean',
      default: false,
      description: 'open the site in the default browser (macOS, Windows, Linux)',
    },
    out: {
      type: 'string',
      value: 'DIR',
      default: 'dist',
      description: "the last build's output, whose search indexes the pages use",
    },
    site: {
      type: 'string',
      value: 'URL',
      default: process.env.ERRATA_SITE ?? 'https://errata.example',
      env: 'ERRATA_SITE',
      description: 'the absolute URL the site is served from',
    },
  },
} as const satisfies CommandSpec<Flags>;

export async function dev(args: string[]): Promise<number> {
  const values = parseCommand(args, DEV);
  if (!values) return 0;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a port number, 0 to 65535 (got "${values.port}").`);
  const contentDir = resolveContentDir(values.content);
  const locales = splitList(values.locales);
  wantedLocales(contentDir, locales);
  const color = colorsFor(process.stdout);
  const running = await startDev({
    contentDir,
    port,
    site: siteUrl(values.site),
    builtDir: resolve(values.out),
    ...(locales ? { locales } : {}),
    checked: (state) => {
      const when = `(checked and rendered in ${Math.round(state.ms)} ms)`;
      if (state.diagnostics.length === 0) console.log(`${state.file}: no problems ${when}`);
      else console.log(`${formatPretty(state.diagnostics, 1, { contentDir, color }).replace(/^\n+/, '')}\n  ${when}`);
    },
  });
  if (running.portNote) console.log(`errata dev: ${running.portNote}.`);
  console.log(running.url);
  if (values.open) void openBrowser(running.url);
  await new Promise<void>((done) => {
    const stop = () => {
      void running.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** The desktop's browser, through the `open` package (open on macOS, start on Windows, xdg-open on Linux); a line when there is none (a server, a container). */
async function openBrowser(url: string): Promise<void> {
  try {
    await open(url);
  } catch {
    console.log(`errata dev: could not open a browser; open ${url} yourself.`);
  }
}
