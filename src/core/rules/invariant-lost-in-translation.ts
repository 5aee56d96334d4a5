/**
 * Rule `invariant-lost-in-translation`, in one place: whatever must survive translation
 * (rules/invariants.ts) and stands in the English must stand, unchanged, in the translation.
 * A side-by-side article is compared segment by segment with the English beside each
 * segment (`sideBySideInvariants`, a per-file rule). Any other translation is compared with
 * its source article as a whole (`missingFromTranslation`, while the file is checked); that
 * loss is reported once the pass across locales knows whether the translation is stale
 * (`lostFromSource`): then the source may have changed since, and the loss is a warning.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { describeInvariant, invariantsIn, type Invariant } from './invariants.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import type { Rule } from './rule.ts';

/** An invariant of a source article, as its translations are compared with it. */
export interface SourceInvariant {
  text: string;
  kind: Invariant['kind'];
  /** Line in the source article. */
  line: number;
}

/** What a translation lost against its source, kept until staleness is known. */
export interface LostFromSource {
  /** Where it is reported: the first line of the translation's body. */
  line: number;
  missing: SourceInvariant[];
}

export const sideBySideInvariants: Rule = {
  id: 'invariant-lost-in-translation',
  check(context) {
    const body = context.scan.body;
    for (const segment of context.segments) {
      if (!segment.source) continue;
      const translated = body.slice(segment.translated[0], segment.translated[1]);
      for (const invariant of invariantsIn(
        context.scan,
        context.facts,
        segment.source[0],
        segment.source[1],
        context.registry,
      )) {
        if (translated.includes(invariant.text)) continue;
        context.report(segment.translated[0], 'invariant-lost-in-translation', 'segment', {
          invariant: describeInvariant(invariant),
          segment: segment.id,
          text: invariant.text,
        });
      }
    }
  },
};

/** The source's invariants that appear nowhere in the translated body. */
export function missingFromTranslation(translated: string, invariants: readonly SourceInvariant[]): SourceInvariant[] {
  return invariants.filter((invariant) => !translated.includes(invariant.text));
}

export function lostFromSource(file: string, lost: LostFromSource, stale: boolean): Diagnostic[] {
  return lost.missing.map((invariant) =>
    diagnostic(
      { file, line: lost.line, column: 1 },
      'invariant-lost-in-translation',
      stale ? 'articleStale' : 'article',
      {
        invariant: describeInvariant({ ...invariant, index: 0 }),
        sourceLine: invariant.line,
        text: invariant.text,
      },
    ),
  );
}
