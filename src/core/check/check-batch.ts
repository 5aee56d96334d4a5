/** Checks a batch of files with per-locale state (media index) built once per locale. */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../codes/registry.ts';
import { MediaIndex } from '../media/media-index.ts';
import type { ContentFile } from '../read/content-files.ts';
import { stampOf } from '../read/file-stamp.ts';
import { contentHash } from './check-cache.ts';
import { checkFile, type FileCheck } from './check-file.ts';
import type { SourceInvariant } from '../rules/invariant-lost-in-translation.ts';

export interface BatchRequest {
  contentDir: string;
  sourceLocale: string;
  files: ContentFile[];
  /** Source invariants by slug, for the translations in this batch. */
  sourceInvariants: Record<string, SourceInvariant[]>;
  /** Keep article bodies in the result (the site build needs them; check does not). */
  keepBodies: boolean;
  /** Stamp each file and hash its bytes into its result, for the check cache. */
  hashBytes?: boolean;
  /** Make each file's content-index entry too. */
  indexEntries?: boolean;
}

export class BatchChecker {
  private readonly media = new Map<string, MediaIndex>();
  private readonly registry: Registry;

  constructor(registry: Registry) {
    this.registry = registry;
  }

  run(request: BatchRequest): FileCheck[] {
    return request.files.map((input) => {
      const { bytes, stamp } = readBytes(input.absolute, request.hashBytes ?? false);
      const result = checkFile(input, bytes, {
        registry: this.registry,
        sourceLocale: request.sourceLocale,
        media: this.mediaFor(request.contentDir, input.locale),
        sourceInvariants: request.sourceInvariants[input.slug],
        indexEntry: request.indexEntries ?? false,
      });
      if (!request.keepBodies && result.record.article) result.record.article.body = '';
      if (request.hashBytes) result.bytesHash = contentHash(bytes);
      if (stamp !== undefined) result.stamp = stamp;
      return result;
    });
  }

  private mediaFor(contentDir: string, locale: string): MediaIndex {
    let index = this.media.get(locale);
    if (!index) {
      index = MediaIndex.build(join(contentDir, locale));
      this.media.set(locale, index);
    }
    return index;
  }
}

/** A file's bytes, and its stamp when asked, taken before the read: a file written after it was read no longer matches its stamp. */
function readBytes(path: string, stamped: boolean): { bytes: Uint8Array; stamp?: string | undefined } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    // Unreadable (permissions, vanished): decodeText reports an empty file rather than crashing the run.
    return { bytes: new Uint8Array() };
  }
  try {
    const stamp = stamped ? stampOf(fstatSync(fd)) : undefined;
    return { bytes: readFileSync(fd), stamp };
  } catch {
    return { bytes: new Uint8Array() };
  } finally {
    closeSync(fd);
  }
}
