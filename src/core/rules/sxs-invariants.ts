/**
 * In a side-by-side article every segment carries its English: whatever must survive
 * translation in the English must stand, unchanged, in the translated segment beside it.
 */
import { describeInvariant, invariantsIn } from './invariants.ts';
import type { Rule } from './rule.ts';

export const sxsInvariants: Rule = {
  id: 'invariant-lost-in-translation',
  check(context) {
    const body = context.scan.body;
    for (const segment of context.segments) {
      if (!segment.source) continue;
      const translated = body.slice(segment.translated[0], segment.translated[1]);
      for (const invariant of invariantsIn(context.scan, context.facts, segment.source[0], segment.source[1], context.registry)) {
        if (translated.includes(invariant.text)) continue;
        context.report(segment.translated[0], 'error', 'invariant-lost-in-translation',
          `The ${describeInvariant(invariant)} is in the English of segment ${segment.id} but not in its translation.`,
          `Put "${invariant.text}" back into the translated text exactly as in the English.`);
      }
    }
  },
};
