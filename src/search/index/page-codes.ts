/**
 * The error codes of a page, as the search weighs them — the codes it is the article for
 * (registered for it, or named in its title) and the codes it only mentions — and, once per
 * locale, what the browser needs to recognize codes in a query: the registry's families and
 * codes as data (no Node module goes to the browser) and which codes the index holds.
 */
import { findCodes } from '../../core/codes/find.ts';
import type { Registry } from '../../core/codes/registry.ts';
import type { SitePage } from '../../page-data/site-data.ts';
import type { ClientCodeData } from '../shared/search-data.ts';

export interface PageCodes {
  /** Codes the page is the article for: registered with it, or in its title. */
  about: string[];
  /** Codes it only mentions. */
  mentions: string[];
  /** Symbolic names of all its codes (`TokenIssuanceError`). */
  names: string[];
  /** Titles of the families of all its codes, for the family filter. */
  families: string[];
}

const registeredFor = new WeakMap<Registry, Map<string, string[]>>();

/** slug → the codes registered with that article, once per registry. */
function articlesCodes(registry: Registry): Map<string, string[]> {
  let bySlug = registeredFor.get(registry);
  if (!bySlug) {
    bySlug = new Map();
    for (const code of registry.codes.values()) {
      for (const slug of code.articles) bySlug.set(slug, [...(bySlug.get(slug) ?? []), code.code]);
    }
    registeredFor.set(registry, bySlug);
  }
  return bySlug;
}

export function pageCodes(registry: Registry, page: Pick<SitePage, 'slug' | 'title' | 'codes'>): PageCodes {
  const about = new Set([
    ...(articlesCodes(registry).get(page.slug) ?? []),
    ...findCodes(page.title, registry).map((m) => m.code),
  ]);
  const mentions = page.codes.filter((code) => !about.has(code));
  const all = [...about, ...mentions];
  const titles = new Map(registry.families.map((f) => [f.id, f.title]));
  const families = new Set(
    all.flatMap((code) => {
      const family = familyOf(code, registry);
      return family ? [titles.get(family) ?? family] : [];
    }),
  );
  return {
    about: [...about],
    mentions,
    names: all.flatMap((code) => registry.codes.get(code)?.name ?? []),
    families: [...families].sort(),
  };
}

/** A registered code's family, or for an unregistered one the family whose pattern reads it back. */
function familyOf(code: string, registry: Registry): string | undefined {
  return registry.codes.get(code)?.family ?? findCodes(code, registry).find((m) => m.code === code)?.family;
}

/** What search.js needs to know about codes: `indexed` are the codes the locale's pages carry. */
export function clientCodeData(registry: Registry, indexed: Iterable<string>): ClientCodeData {
  const held = [...new Set(indexed)].filter((code) => familyOf(code, registry)).sort();
  const codes: ClientCodeData['codes'] = [...registry.codes.values()].map((c) => ({
    code: c.code,
    family: c.family,
    ...(c.name ? { name: c.name } : {}),
    ...(c.basic.length ? { basic: c.basic } : {}),
  }));
  for (const code of held) if (!registry.codes.has(code)) codes.push({ code, family: familyOf(code, registry)! });
  return {
    families: registry.families.map((f) => ({
      id: f.id,
      title: f.title,
      pattern: f.pattern.source,
      flags: f.pattern.flags.replace('g', ''),
      ...(f.loose ? { loose: f.loose.source } : {}),
      prefix: f.prefix,
      case: f.case,
    })),
    codes,
    indexed: held,
  };
}
