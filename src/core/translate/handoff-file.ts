/**
 * What a handoff says about one article, whichever way it travels (XLIFF out, XLIFF back): the
 * file it becomes, the source it was made from, and the keys takeback writes so the translation
 * counts as current under crosslocale/staleness.ts.
 */
import type { Part } from './segment.ts';

/** The `mda:meta` types errata writes into each `<file>` and reads back. */
export const META = {
  source: 'errata:source',
  sourceSha1: 'errata:source-sha1',
  state: 'errata:state',
  hash: 'ms.openlocfilehash',
  lastHandoff: 'ms.lasthandoff',
  translationType: 'ms.translationtype',
} as const;

export type HandoffState = 'missing' | 'stale' | 'current';

export interface HandoffUnit {
  id: string;
  /** `heading`, `paragraph`, `cell`, or the front-matter key (`title`, `description`). */
  name: string;
  /** Line of the source file, for the translator's note. */
  line: number;
  parts: Part[];
  /** A pre-filled target (pseudo-localization), when there is one. */
  target?: Part[];
}

export interface HandoffFile {
  /** Where the translation goes, relative to the content folder: `sv-se/slug.md`. */
  original: string;
  /** The source article it is made from: `en-us/slug.md`. */
  source: string;
  /** SHA-1 of the source file's bytes at handoff: takeback refuses when the source changed since. */
  sourceSha1: string;
  /** What takeback writes as `ms.openlocfilehash`: the slug's newest handoff hash, or the source's SHA-1. */
  hash: string;
  /** What takeback writes as `ms.lasthandoff`, ISO `YYYY-MM-DD`: the handoff's date, never before the newest. */
  lastHandoff: string;
  translationType: 'HT' | 'MT';
  state: HandoffState;
  units: HandoffUnit[];
}

export interface Handoff {
  /** BCP 47 tags as the docset writes them: `en-US`, `sv-SE`. */
  srcLang: string;
  trgLang: string;
  files: HandoffFile[];
}
