import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-unsafe-pattern',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a family pattern that can take exponential or polynomial time (ReDoS)',
  docs: "A family's `pattern` and `loose` expressions run over every article in `errata check` and `errata build`, and in every reader's browser through the search module. An expression with catastrophic backtracking — `(a+)+$` and its many disguises — can take minutes or years on one unlucky line, so it would hang the build or a reader's tab. Each expression is analysed with recheck, a ReDoS checker; one that is vulnerable, or that it cannot prove safe, is rejected: the family is left out of check, build and search until it is rewritten. Remove nested quantifiers and overlapping alternatives (`(\\d+)+`, `(a|a)*`, `\\w+\\s?\\w+`).",
  messages: {
    vulnerable: {
      message: 'The {{key}} can take {{complexity}} time on text such as "{{attack}}": the family is not used.',
      hint: 'Rewrite it without nested quantifiers or overlapping alternatives (such as (a+)+ or (a|ab)*).',
    },
    unproven: {
      message:
        'The {{key}} could not be proven free of catastrophic backtracking ({{reason}}): the family is not used.',
      hint: 'Simplify the expression (fewer look-arounds, bounded repeats) so the ReDoS checker can analyse it.',
    },
  },
});
