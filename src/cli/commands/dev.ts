/** errata dev [--content DIR] [--locales a,b] [--port N] [--open] */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { wantedLocales } from '../../core/check/check-content.ts';
import { startDev } from '../../dev/dev-server.ts';
import { formatPretty } from '../format/pretty.ts';
import { parseCommand } from '../command.ts';
import { resolveContentDir, siteUrl } from '../paths.ts';
import { splitList, UsageError } from '../usage.ts';

const HELP = `Usage: errata dev [--content DIR] [--locales a,b] [--port N] [--open] [--out DIR] [--site URL]

Serves the site on http://localhost:N/ (127.0.0.1 only) while you write: each page is
checked and rendered when it is asked for, with the same layout, styles and scripts as
"errata build". Saving an article checks and renders it again and reloads its open
tabs; its problems show in the terminal and in an overlay at the top of the page.
New, renamed and deleted articles, the registry (error-codes/) and the UI strings
(locales/) are picked up too.
--port: default 4321, the next free one when taken; 0 picks any free port.
--open: open the site in the browser (xdg-open).
--out: the last build's output, whose search indexes the pages use (default dist);
search is off without one.
Stop with Ctrl+C.`;

export async function dev(args: string[]): Promise<number> {
  const values = parseCommand(args, {
    content: { type: 'string', default: 'content' },
    locales: { type: 'string' },
    port: { type: 'string', default: '4321' },
    open: { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist' },
    site: { type: 'string', default: process.env.ERRATA_SITE ?? 'https://errata.example' },
  }, HELP);
  if (!values) return 0;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a port number, 0 to 65535 (got "${values.port}").`);
  const contentDir = resolveContentDir(values.content);
  const locales = splitList(values.locales);
  wantedLocales(contentDir, locales);
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const running = await startDev({
    contentDir, port, site: siteUrl(values.site), builtDir: resolve(values.out), ...(locales ? { locales } : {}),
    checked: (state) => {
      const when = `(checked and rendered in ${Math.round(state.ms)} ms)`;
      if (state.diagnostics.length === 0) console.log(`${state.file}: no problems ${when}`);
      else console.log(`${formatPretty(state.diagnostics, 1, { contentDir, color }).replace(/^\n+/, '')}\n  ${when}`);
    },
  });
  if (running.portNote) console.log(`errata dev: ${running.portNote}.`);
  console.log(running.url);
  if (values.open) openBrowser(running.url);
  await new Promise<void>((done) => {
    const stop = () => {
      void running.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** The desktop's browser; nothing when there is none (a server, a container). */
function openBrowser(url: string): void {
  try {
    const child = spawn('xdg-open', [url], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`errata dev: could not open a browser (xdg-open); open ${url} yourself.`));
    child.unref();
  } catch {
    console.log(`errata dev: could not open a browser; open ${url} yourself.`);
  }
}
