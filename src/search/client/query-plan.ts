/**
 * What a query asks for. A query that names error codes — in any form the core's
 * recognizers know: as written, any case, the number alone, hex without `0x`, `550 5.7.501`,
 * an Office code by either number, the symbolic name — becomes those codes' index
 * tokens; a code-shaped query for a code this locale's index does not hold gets no results
 * at all. A query shaped like a code that no family accepts (SMTP-like `5.9.937`,
 * Office-like `94742-957`) is looked up as written, and only pages that hold it count: as
 * words, Pagefind would answer a string no page has with pages holding its longest indexed
 * prefix (`599…`). Anything else becomes script-aware words (shared/script-text.ts).
 */
import { codeForms, parseCodeQuery } from '../../core/codes/forms.ts';
import type { Registry } from '../../core/codes/registry.ts';
import { codeToken, titleCharToken } from '../shared/index-tokens.ts';
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
      /**
       * A code-shaped query no family reads: search it as words (`terms`) and keep the pages
       * whose text holds `text`, lower-cased, as a whole.
       */
      literal?: { text: string; terms: string[] };
    }
  | {
      kind: 'text';
      terms: string[];
      /** CJK strings typed together, as relative word positions (client/rank.ts). */
      phrases: number[][];
      /** The words as typed, when Hebrew/Arabic prefixes came off: pages holding them rank first. */
      surface?: string[];
      /** A query of one CJK or Thai character: its title token, for the pages whose title holds it to rank first. */
      titleToken?: string;
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
    return {
      kind: 'codes',
      codes,
      tokens: held.map(codeToken),
      forms: [...new Set(forms.map((f) => f.toLowerCase()))],
    };
  }
  const literal = codeShaped(query, registry);
  if (literal)
    return {
      kind: 'codes',
      codes: [literal],
      tokens: [],
      forms: [literal],
      literal: { text: literal, terms: queryText(literal).terms },
    };
  const { terms, phrases, surface, single } = queryText(query);
  if (terms.length === 0) return { kind: 'empty' };
  return {
    kind: 'text',
    terms,
    phrases,
    ...(surface.join(' ') === terms.join(' ') ? {} : { surface }),
    ...(single ? { titleToken: titleCharToken(single) } : {}),
  };
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

/**
 * The code a query is shaped like, whatever family would own it, lower-cased: three dotted
 * numbers as an SMTP status (after a reply code or not: `550 5.9.937` → `5.9.937`), two
 * dashed numbers as an Office code, `0x` and hex digits, or a family's letter prefix and a
 * number (`AADSTS99999`).
 */
export function codeShaped(query: string, registry: Registry): string | undefined {
  const text = query.normalize('NFKC').trim().toLowerCase();
  const status = /^(?:\d{3}[ -])?(\d\.\d{1,3}\.\d{1,3})$/.exec(text);
  if (status) return status[1];
  if (/^\d{1,6}-\d{1,6}$/.test(text) || /^0x[0-9a-f]{4,16}$/.test(text)) return text;
  const prefixes = registry.families.map((f) => f.prefix.toLowerCase()).filter((p) => /^[a-z]{2,}$/.test(p));
  const prefixed = /^([a-z]+)\d{3,}$/.exec(text);
  return prefixed && prefixes.includes(prefixed[1]!) ? text : undefined;
}

/** Whether a page's text holds a code-shaped string as a whole, not inside a longer number or word. */
export function holdsLiteral(text: string, literal: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(literal); at >= 0; at = lower.indexOf(literal, at + 1)) {
    const before = lower.slice(Math.max(0, at - 1), at);
    const after = lower.slice(at + literal.length, at + literal.length + 2);
    if (!/[\p{L}\p{N}.-]/u.test(before) && !/^(?:[\p{L}\p{N}-]|\.\d)/u.test(after)) return true;
  }
  return false;
}
