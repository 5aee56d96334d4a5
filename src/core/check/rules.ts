/** The per-file rules `errata check` runs, in reporting order. */
import { codesRegistered } from '../rules/codes-registered.ts';
import { htmlActive } from '../rules/html-active.ts';
import { sideBySideInvariants } from '../rules/invariant-lost-in-translation.ts';
import type { Rule } from '../rules/rule.ts';

export const FILE_RULES: readonly Rule[] = [htmlActive, codesRegistered, sideBySideInvariants];
