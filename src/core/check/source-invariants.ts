/**
 * A translation without side-by-side markup is compared with its source article:
 * each code, symbolic name, protocol identifier and inline code of the source must
 * appear somewhere in the translation.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { describeInvariant, type Invariant } from '../rules/invariants.ts';

export interface SourceInvariant {
  text: string;
  kind: Invariant['kind'];
  /** Line in the source article. */
  line: number;
}

export const SOURCE_INVARIANT_RULE = 'invariant-lost-in-translation';

export function missingFromTranslation(file: string, bodyLine: number, translated: string, invariants: readonly SourceInvariant[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const invariant of invariants) {
    if (translated.includes(invariant.text)) continue;
    diagnostics.push({
      file, line: bodyLine, column: 1, severity: 'error', rule: SOURCE_INVARIANT_RULE,
      message: `The ${describeInvariant({ ...invariant, index: 0 })} (source line ${invariant.line}) appears nowhere in this translation.`,
      hint: `Copy "${invariant.text}" unchanged from the source article into the matching sentence.`,
    });
  }
  return diagnostics;
}
