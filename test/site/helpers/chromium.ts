/**
 * Debian's Chromium for the browser tests, never a downloaded build. Started with our own
 * flags and a fresh profile, then driven by playwright-core over the DevTools protocol.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--remote-debugging-port=0',
  'about:blank',
];

/**
 * Debian's packages the browser tests read pages with: Chromium, and the fonts that make Chinese,
 * Japanese, Korean and Thai legible in it (without them a page shows boxes, and the README's
 * screenshot with it).
 */
const PACKAGES = [
  { name: 'chromium', file: CHROMIUM },
  { name: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
  { name: 'fonts-thai-tlwg', file: '/usr/share/doc/fonts-thai-tlwg' },
];

/** Installs what is missing of them when we may (root); otherwise says how. */
export function ensureChromium(): void {
  const missing = () => PACKAGES.filter((p) => !existsSync(p.file)).map((p) => p.name);
  if (missing().length === 0) return;
  if (process.getuid?.() === 0) {
    execFileSync('sh', ['-c', `apt-get update && apt-get install -y ${missing().join(' ')}`], { stdio: 'inherit' });
    if (missing().length === 0) return;
  }
  const names = missing().join(' ');
  throw new Error(
    `The browser tests need Debian's ${names}${missing().includes('chromium') ? ` (Chromium at ${CHROMIUM})` : ''}. Install with: sudo apt-get update && sudo apt-get install -y ${names}`,
  );
}

export interface RunningBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<RunningBrowser> {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'errata-chromium-'));
  // Its own process group, so closing ends the wrapper script and every Chromium process it started.
  const child = spawn(CHROMIUM, [...FLAGS.slice(0, -1), `--user-data-dir=${profile}`, FLAGS.at(-1)!], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const endpoint = await devToolsEndpoint(child);
    const browser = await chromium.connectOverCDP(endpoint);
    return {
      browser,
      async close() {
        await browser.close().catch(() => undefined);
        stop(child);
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stop(child);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start within 30 s:\n${output}`)), 30_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stderr!.resume();
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
