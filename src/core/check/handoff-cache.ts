/**
 * Every file's handoff (the source hash and date staleness compares), kept between builds
 * by file stamp (read/file-stamp.ts). A build needs the handoffs of every locale before it
 * checks the first batch; reading the front matter of all 14,577 files of the five-locale
 * corpus took ~1.0 s of a one-article build's 3.8 s check. A file whose stamp changed, or
 * that has none, is read as before.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import writeFileAtomic from 'write-file-atomic';
import type { HandoffInfo } from '../crosslocale/staleness.ts';
import type { ContentFile } from '../read/content-files.ts';
import { fileStamp, stampOf } from '../read/file-stamp.ts';
import { readHandoff } from './read-handoffs.ts';

/** file → [its stamp, the source hash, the handoff date], or [its stamp] when it is not readable as text. */
type Entry = [stamp: string, hash: string | undefined, lastHandoff: string | undefined] | [stamp: string];
type Stored = Record<string, Entry>;

/** A format change makes older files unreadable rather than misread. */
const FORMAT = 1;

export class HandoffCache {
  private readonly path: string;
  private readonly previous: Stored;
  private readonly current: Stored = Object.create(null);
  private changed = false;
  /** Files whose front matter this cache read (the others it answered by their stamps). */
  filesRead = 0;

  /** One file per content directory: entries are per file, so builds of other locales of it share it safely. */
  constructor(cacheDir: string, contentDir: string) {
    this.path = join(
      cacheDir,
      `handoffs-${createHash('sha1').update(contentDir).digest('base64url').slice(0, 16)}.bin`,
    );
    this.previous = readStored(this.path);
  }

  read(files: readonly ContentFile[]): HandoffInfo[] {
    const handoffs: HandoffInfo[] = [];
    for (const input of files) {
      const known = this.previous[input.file];
      // A file the last build did not see is read at once: its stamp comes with the read.
      if (known && known[0] === fileStamp(input.absolute)) {
        this.current[input.file] = known;
        if (known.length === 3)
          handoffs.push({ file: input.file, slug: input.slug, hash: known[1], lastHandoff: known[2] });
        continue;
      }
      // The stamp of the file as it was opened; none when it could not be opened (kept for no run).
      let stamp: string | undefined;
      const handoff = readHandoff(input, (stats) => (stamp = stampOf(stats)));
      this.filesRead++;
      if (handoff) handoffs.push(handoff);
      if (stamp !== undefined) {
        this.current[input.file] = handoff ? [stamp, handoff.hash, handoff.lastHandoff] : [stamp];
        this.changed = true;
      }
    }
    return handoffs;
  }

  /** Writes the entries this run read (files gone since fall out). */
  save(): void {
    if (!this.changed && Object.keys(this.current).length === Object.keys(this.previous).length) return;
    try {
      mkdirSync(join(this.path, '..'), { recursive: true });
      writeFileAtomic.sync(this.path, serialize({ format: FORMAT, entries: this.current }));
    } catch {
      // A cache that cannot be written costs the next run time, not correctness.
    }
  }
}

function readStored(path: string): Stored {
  try {
    const stored = deserialize(readFileSync(path)) as { format?: number; entries?: Stored };
    if (stored.format === FORMAT && stored.entries) return stored.entries;
  } catch {
    // Missing or unreadable: every file is read.
  }
  return Object.create(null);
}
