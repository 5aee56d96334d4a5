/**
 * The build's frame store (build/frame-store.ts), read by `errata dev`: a frame laid out by
 * any build or dev run of the same template hash is reused as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../build/project-root.ts';
import { parseFrame, type ParsedFrame } from '../build/page-frames.ts';

/** Where build/frame-store.ts keeps frames: `.errata-cache/frames/<template hash>/<shape id>.html`. */
export function framesDir(): string {
  return join(PROJECT_ROOT, '.errata-cache', 'frames');
}

export function readFrame(templateHash: string, id: string): ParsedFrame | undefined {
  try {
    return parseFrame(readFileSync(join(framesDir(), templateHash, `${id}.html`), 'utf8'));
  } catch {
    return undefined;
  }
}
