/**
 * What a query asks for. A query that names error codes — in any form the core's
 * recognizers know: as written, any case, the number alone, hex without `0x`, `550 5.7.501`,
 * an Office code by either number, the symbolic name — becomes those codes' index
 * tokens; a code-shaped query for a code this locale's index does not hold gets no results
 * at all. Anything else becomes script-aware words (shared/script-text.ts).
 */
import { codeForms, parseCodeQuery } from '../../core/codes/forms.ts';
import type { Registry } from '../../core/codes/registry.ts';
import { codeToken } from '../shared/code-token.ts';
import { queryText } from '../shared/script-text.ts';

export type QueryPlan =
  | { kind: 'empty' }
  | {
      kind: 'codes';
      /** Every code the query names, held by this index or not. */
      codes: string[];
      /** Index tokens of the codes this index holds; none means no results. */
      tokens: string[];
      /** How those codes may be written, lower-cased, to find them in a page's text. */
      forms: string[];
    }
  | {
      kind: 'text';
      terms: string[];
      /** CJK strings typed together, as relative word positions (client/rank.ts). */
      phrases: number[][];
      /** The words as typed, when Hebrew/Arabic prefixes came off: pages holding them rank first. */
      surface?: string[];
    };

export function planQuery(query: string, registry: Registry, indexed: ReadonlySet<string>): QueryPlan {
  const parsed = parseCodeQuery(query, registry);
  const codes = parsed.length > 0 ? parsed : bySecondNumber(query, registry);
  if (codes.length > 0) {
    const held = codes.filter((code) => indexed.has(code));
    const families = new Map(registry.families.map((f) => [f.id, f]));
    const forms = held.flatMap((code) => {
      const registered = registry.codes.get(code);
      const family = registered && families.get(registered.family);
      return family ? codeForms(registered, family) : [code];
    });
    return { kind: 'codes', codes, tokens: held.map(codeToken), forms: [...new Set(forms.map((f) => f.toLowerCase()))] };
  }
  const { terms, phrases, surface } = queryText(query);
  if (terms.length === 0) return { kind: 'empty' };
  return surface.join(' ') === terms.join(' ') ? { kind: 'text', terms, phrases } : { kind: 'text', terms, phrases, surface };
}

/**
 * An Office code's second number names it too when it is long enough to tell codes apart:
 * 1036 for 0-1036, 1011 for 30125-1011 (a 4 is shared by dozens, so it does not).
 */
function bySecondNumber(query: string, registry: Registry): string[] {
  const number = query.normalize('NFKC').trim();
  if (!/^\d{3,}$/.test(number)) return [];
  return [...registry.codes.keys()].filter((code) => /^\d+-\d+$/.test(code) && code.endsWith(`-${number}`));
}
