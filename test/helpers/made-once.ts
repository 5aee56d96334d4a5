/**
 * A folder several test files need, made once per run however many ask at the same time: the
 * test workers are separate processes, so the first to take the lock (mkdir is atomic) makes
 * it, and the others wait until it is marked complete. Without it, two files asking for the
 * same corpus copy at once each emptied the folder the other was filling.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WAIT_MS = 10 * 60_000;

/** Makes `dir` with `make` unless it is complete already, and returns when it is. */
export async function madeOnce(dir: string, make: () => Promise<void> | void): Promise<void> {
  const done = join(dir, '.complete');
  const lock = `${dir}.lock`;
  mkdirSync(dirname(dir), { recursive: true });
  const started = Date.now();
  while (!existsSync(done)) {
    if (takeLock(lock)) {
      try {
        // A made folder with no mark is one a killed run left half made.
        if (!existsSync(done)) {
          rmSync(dir, { recursive: true, force: true });
          await make();
          writeFileSync(done, new Date().toISOString());
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      return;
    }
    if (Date.now() - started > WAIT_MS) throw new Error(`Waited too long for another test to make ${dir} (${lock}).`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Whoever creates the lock makes the folder. A lock left by a killed run expires. */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > WAIT_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Released meanwhile.
    }
    return false;
  }
}
