/**
 * The batches a build goes through one after the other: consecutive locales whose Markdown
 * files add up to at most a budget of pages. Each batch is checked, rendered, laid out and
 * indexed on its own, so what a step holds is bounded by the budget, not by the docset; only
 * facts about the whole site (the content listing, the report's lines) outlive a batch. A
 * locale larger than the budget is a batch of its own: a step never holds less than one locale.
 */

/** Pages per batch: a constant about memory per page (a share's pages, Astro's pages), not about the corpus. */
export const DEFAULT_BATCH_PAGES = 8000;

/** `ERRATA_BATCH_PAGES` sets the budget (tests build a small fixture in many batches). */
export function batchBudget(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ERRATA_BATCH_PAGES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_BATCH_PAGES;
}

/** `locales` in their order, cut into batches of at most `budget` files (by `sizes`). */
export function localeBatches(
  locales: readonly string[],
  sizes: ReadonlyMap<string, number>,
  budget: number,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let files = 0;
  for (const locale of locales) {
    const size = sizes.get(locale) ?? 0;
    if (current.length > 0 && files + size > budget) {
      batches.push(current);
      current = [];
      files = 0;
    }
    current.push(locale);
    files += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** How many files `locales` have together (by `sizes`): what the build's progress counts. */
export function filesOf(locales: readonly string[], sizes: ReadonlyMap<string, number>): number {
  return locales.reduce((sum, locale) => sum + (sizes.get(locale) ?? 0), 0);
}
