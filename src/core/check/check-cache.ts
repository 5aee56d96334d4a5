/**
 * Per-file check results kept between runs, so that a build after a one-article change
 * checks one article. An entry is reused only when everything a file's own check reads is
 * unchanged: the file's bytes, the source invariants it was compared with, the locale's
 * file listing (media links), the error-code registry and errata's core code. The passes
 * across files (staleness, file names) run again on every result, cached or not.
 * A file whose stamp (read/file-stamp.ts) is the one it was checked with is not read again;
 * any other is read, and its bytes' hash decides.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import writeFileAtomic from 'write-file-atomic';
import type { ContentFile } from '../read/content-files.ts';
import { fileStamp } from '../read/file-stamp.ts';
import { folderHash, registryVersion } from '../read/folder-hash.ts';
import type { FileCheck } from './check-file.ts';
import type { SourceInvariant } from '../rules/invariant-lost-in-translation.ts';

interface Entry {
  bytes: string;
  /** The file's stamp when its bytes were read, if it had a trustworthy one. */
  stamp?: string;
  invariants: string;
  check: FileCheck;
}

interface Stored {
  context: string;
  listings: Record<string, string>;
  entries: Record<string, Entry>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

export class CheckCache {
  private readonly path: string;
  private readonly previous: Map<string, Entry>;
  private readonly current = new Map<string, Entry>();
  private readonly context: string;
  private readonly listings: Record<string, string>;
  private changed: boolean;
  /** Files answered from the cache in this run. */
  hits = 0;

  /**
   * One file per content directory and set of locales, so that `--locales` builds running
   * side by side never write the same cache. `listings`: each locale's files, fingerprinted.
   */
  constructor(cacheDir: string, contentDir: string, locales: string[], listings: Record<string, string>) {
    this.path = join(cacheDir, `check-${digest([contentDir, ...locales].join('\0')).slice(0, 16)}.bin`);
    this.context = digest(`${coreVersion()}\0${registryVersion(contentDir)}`);
    this.listings = listings;
    const stored = readStored(this.path);
    const usable = stored?.context === this.context ? Object.entries(stored.entries) : [];
    // A locale whose files were added, removed or renamed may resolve media links differently.
    this.previous = new Map(usable.filter(([file]) => stored!.listings[localeOf(file)] === listings[localeOf(file)]));
    this.changed = usable.length === 0 || this.previous.size !== usable.length;
  }

  /** The cached check of `file`, if its bytes and source invariants are the ones it was checked with. */
  lookup(file: ContentFile, invariants: SourceInvariant[] | undefined): FileCheck | undefined {
    const entry = this.previous.get(file.file);
    if (!entry || entry.invariants !== invariantsKey(invariants)) return undefined;
    const stamp = fileStamp(file.absolute);
    if (stamp === undefined || stamp !== entry.stamp) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file.absolute);
      } catch {
        return undefined;
      }
      if (contentHash(bytes) !== entry.bytes) return undefined;
      // The same bytes under a new stamp (touched, copied, checked out again): the next run need not read them.
      if (stamp !== entry.stamp) this.changed = true;
    }
    this.current.set(file.file, stamp === entry.stamp ? entry : stamped(entry, stamp));
    this.hits++;
    return entry.check;
  }

  /** A fresh check, with the hash of the bytes it read. */
  store(file: ContentFile, invariants: SourceInvariant[] | undefined, check: FileCheck): void {
    if (check.bytesHash === undefined) return;
    const entry: Entry = { bytes: check.bytesHash, invariants: invariantsKey(invariants), check };
    if (check.stamp !== undefined) entry.stamp = check.stamp;
    this.current.set(file.file, entry);
    this.changed = true;
  }

  /**
   * Writes the entries this run used (deleted files fall out). Call it before the passes
   * across files change the results: the cache holds each file's own findings only.
   */
  save(): void {
    if (!this.changed && this.current.size === this.previous.size) return;
    const stored: Stored = {
      context: this.context,
      listings: this.listings,
      entries: Object.fromEntries(this.current),
    };
    try {
      mkdirSync(join(this.path, '..'), { recursive: true });
      // A temporary file of its own, renamed over the cache: a reader sees the old cache or the new one, never half of one.
      writeFileAtomic.sync(this.path, serialize(stored));
    } catch {
      // A cache that cannot be written costs the next run time, not correctness.
    }
  }
}

/** The file listing of a locale, as a fingerprint: media-link checks depend on it. */
export function listingFingerprint(files: Iterable<string>): string {
  return digest([...files].sort().join('\n'));
}

function stamped(entry: Entry, stamp: string | undefined): Entry {
  const { stamp: _, ...rest } = entry;
  return stamp === undefined ? rest : { ...rest, stamp };
}

function readStored(path: string): Stored | undefined {
  try {
    return deserialize(readFileSync(path)) as Stored;
  } catch {
    return undefined;
  }
}

function localeOf(file: string): string {
  return file.slice(0, file.indexOf('/'));
}

function invariantsKey(invariants: SourceInvariant[] | undefined): string {
  return invariants ? digest(JSON.stringify(invariants)) : '';
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

let core: string | undefined;

/** errata's core source: a change to any rule invalidates every entry. */
function coreVersion(): string {
  core ??= folderHash(fileURLToPath(new URL('../', import.meta.url)), (name) => name.endsWith('.ts'));
  return core;
}
