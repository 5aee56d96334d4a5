/**
 * What /<locale>/search.js carries besides its code: the registry's families and codes as
 * plain data (written at index time, compiled back into a Registry in the browser, so the
 * core's own recognizers run there), and which codes this locale's index holds.
 */
import type { CodeFamily, RegisteredCode, Registry } from '../../core/codes/registry.ts';

export interface ClientFamily {
  id: string;
  title: string;
  /** RegExp source and flags (without `g`). */
  pattern: string;
  flags: string;
  loose?: string;
  prefix: string;
  case: CodeFamily['case'];
}

export interface ClientCode {
  code: string;
  family: string;
  name?: string;
  basic?: string[];
}

export interface ClientCodeData {
  families: ClientFamily[];
  /** The registry's codes, and the unregistered ones this locale's pages mention. */
  codes: ClientCode[];
  /** Canonical codes that have a token in this locale's index. */
  indexed: string[];
}

export interface SearchData extends ClientCodeData {
  /** Lower-case folder tag: `zh-tw`. */
  locale: string;
  /** The language the Pagefind index was built as (`x-zh-tw`, `sv-se`). */
  language: string;
  /** Pages in the index; with none there is no Pagefind bundle to load. */
  pageCount: number;
}

export function clientRegistry(data: ClientCodeData): Registry {
  const families: CodeFamily[] = data.families.map((f) => {
    const family: CodeFamily = {
      id: f.id,
      title: f.title,
      pattern: new RegExp(f.pattern, `g${f.flags}`),
      prefix: f.prefix,
      case: f.case,
      file: '',
    };
    if (f.loose) family.loose = new RegExp(f.loose, `g${f.flags}`);
    return family;
  });
  const codes = new Map<string, RegisteredCode>();
  for (const c of data.codes) {
    const code: RegisteredCode = {
      code: c.code,
      family: c.family,
      protocol: [],
      basic: c.basic ?? [],
      articles: [],
      file: '',
      line: 0,
    };
    if (c.name) code.name = c.name;
    codes.set(c.code, code);
  }
  return { families, codes, protocolIds: new Set() };
}
