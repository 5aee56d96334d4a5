/**
 * A result's data as a reader should see it. Pagefind returns the indexed text; this cuts
 * off the block of index tokens, turns the indexed text back into the page's own
 * (shared/display-text.ts), and for a code query centres the excerpt on where the page
 * writes the code rather than on its token.
 */
import { TOKEN_BLOCK_MARK } from '../shared/index-tokens.ts';
import { displayText } from '../shared/display-text.ts';
import type { QueryPlan } from './query-plan.ts';

export interface PagefindFragment {
  url: string;
  content: string;
  raw_content?: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string>;
  sub_results?: Array<{ title: string; url: string; excerpt: string; plain_excerpt?: string }>;
  [key: string]: unknown;
}

export function presentFragment<F extends PagefindFragment>(fragment: F, plan: QueryPlan, excerptLength: number): F {
  const raw = fragment.raw_content ?? fragment.content;
  const excerpt = displayText(
    plan.kind === 'codes'
      ? codeExcerpt(bodyOf(raw), plan.forms, excerptLength)
      : excerptBeforeBlock(fragment.excerpt, raw, excerptLength),
  );
  const plain = excerpt.replace(/<\/?mark>/g, '');
  const meta = Object.fromEntries(Object.entries(fragment.meta).map(([key, value]) => [key, displayText(value)]));
  return {
    ...fragment,
    content: displayText(bodyOf(fragment.content)),
    excerpt,
    plain_excerpt: plain,
    meta,
    sub_results: fragment.sub_results?.map((sub) => ({
      ...sub,
      title: displayText(sub.title),
      excerpt,
      plain_excerpt: plain,
    })),
  };
}

/** The page's own words: everything before the block of index tokens. */
function bodyOf(text: string): string {
  const at = text.indexOf(TOKEN_BLOCK_MARK);
  return at < 0 ? text : text.slice(0, at).trimEnd();
}

function excerptBeforeBlock(excerpt: string, raw: string, length: number): string {
  const at = excerpt.indexOf(TOKEN_BLOCK_MARK);
  if (at < 0) return excerpt;
  const kept = excerpt.slice(0, at).trim();
  // A window that fell into the block of index tokens alone: show the end of the text instead.
  return kept || bodyOf(raw).split(/\s+/).slice(-length).join(' ');
}

/** A window of the text around its first mention of the code, each mention marked. */
function codeExcerpt(body: string, forms: readonly string[], length: number): string {
  const words = body.split(/\s+/).filter(Boolean);
  const single = forms.filter((form) => !/\s/.test(form) && form.length > 1);
  const mentions = (word: string) => {
    const lower = word.toLowerCase();
    return single.some((form) => lower.includes(form));
  };
  const first = words.findIndex(mentions);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  return words
    .slice(start, start + length)
    .map((word) => (mentions(word) ? `<mark>${word}</mark>` : word))
    .join(' ');
}
