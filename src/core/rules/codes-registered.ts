/** Every error code an article mentions should be in the shared registry, so search and the code index know it. */
import type { Rule } from './rule.ts';

export const codesRegistered: Rule = {
  id: 'error-code-unregistered',
  check(context) {
    const reported = new Set<string>();
    const sourceRanges = context.segments.flatMap((segment) => (segment.source ? [segment.source] : []));
    for (const match of context.facts.codes) {
      if (context.registry.codes.has(match.code) || reported.has(match.code)) continue;
      // The English beside a translation is checked where its own article is.
      if (sourceRanges.some(([from, to]) => match.index >= from && match.index < to)) continue;
      reported.add(match.code);
      const family = context.registry.families.find((f) => f.id === match.family);
      context.report(match.index, 'error-code-unregistered', 'unregistered', {
        written: match.written,
        code: match.code,
        kind: family ? `a ${family.title} code` : 'an error code',
        file: family ? family.file : 'content/error-codes/',
      });
    }
  },
};
