/**
 * One build at a time per content folder and per output folder. Two builds of the same
 * content share its check cache and render store, and two into the same `--out` share its
 * staging folder and manifest: the second waits for the first, saying so, instead of both
 * writing at once (which once published one article's text on another's page). A lock left
 * by a build killed outright (SIGKILL) goes stale within 20 seconds and is taken over; a
 * build stopped with Ctrl-C or SIGTERM releases its locks as it ends (build-site.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { realPath } from './output-folder.ts';

export interface LockTarget {
  /** What is locked, for the waiting message: "the content folder /x". */
  what: string;
  path: string;
}

/** Proper-lockfile refreshes the lock's time every STALE_MS / 2; a lock older than STALE_MS is a dead build's. */
const STALE_MS = 20_000;
const POLL_MS = 500;

/** Call it to release the locks; `releaseNow` for a process about to exit on a signal (no event-loop turn is left). */
export type BuildLocks = (() => Promise<void>) & { releaseNow(): void };

/**
 * Takes the locks in the order given (every build asks content first, then output, so two
 * builds never hold one each and wait for the other's).
 */
export async function lockBuild(
  cacheDir: string,
  targets: LockTarget[],
  waiting: (message: string) => void,
): Promise<BuildLocks> {
  const held: Array<{ release: () => Promise<void>; path: string }> = [];
  const locks: BuildLocks = Object.assign(
    async () => {
      for (const lock of held.splice(0).reverse()) await lock.release().catch(() => {});
    },
    {
      releaseNow() {
        for (const lock of held.splice(0).reverse()) rmSync(lock.path, { recursive: true, force: true });
      },
    },
  );
  try {
    for (const target of targets) held.push(await lockOne(cacheDir, target, waiting));
  } catch (error) {
    await locks();
    throw error;
  }
  return locks;
}

async function lockOne(
  cacheDir: string,
  target: LockTarget,
  waiting: (message: string) => void,
): Promise<{ release: () => Promise<void>; path: string }> {
  const dir = join(cacheDir, 'locks');
  mkdirSync(dir, { recursive: true });
  const key = createHash('sha1').update(realPath(target.path)).digest('hex').slice(0, 16);
  const file = join(dir, key);
  let told = false;
  for (;;) {
    try {
      const release = await lockfile.lock(file, {
        realpath: false,
        lockfilePath: `${file}.lock`,
        stale: STALE_MS,
        // A build whose lock could not be refreshed (a stalled machine) goes on: its output is
        // still its own, staged; only a build started meanwhile may have shared the cache.
        onCompromised: () => {},
      });
      return { release, path: `${file}.lock` };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (!told) waiting(`errata build: another build is using ${target.what}; waiting for it to finish…`);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
