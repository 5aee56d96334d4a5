/** The per-file rules `errata check` runs, in reporting order. */
import { codesRegistered } from '../rules/codes-registered.ts';
import { htmlActive } from '../rules/html-active.ts';
import type { Rule } from '../rules/rule.ts';
import { sxsInvariants } from '../rules/sxs-invariants.ts';

export const FILE_RULES: readonly Rule[] = [htmlActive, codesRegistered, sxsInvariants];
