/**
 * The ways a reader might type a code into search, and the way back from a query to
 * the codes it could mean. Forms follow from the code's shape and its family's
 * declaration (prefix, letter case, SMTP basic codes), so a new family gets them free.
 */
import { findCodes } from './find.ts';
import type { CodeFamily, RegisteredCode, Registry } from './registry.ts';

/** Two numbers joined by a dash, as in Office's `30125-4`. */
const DASHED = /^(\w+)-(\w+)$/;

export function codeForms(code: RegisteredCode | string, family: CodeFamily): string[] {
  const canonical = typeof code === 'string' ? code : code.code;
  const forms = new Set<string>([canonical, canonical.toLowerCase()]);
  // A family that lower-cases its codes (hex) sees them written in capitals too: 0x8004DE40.
  const withCase = (form: string) => {
    forms.add(form);
    if (family.case === 'lower') forms.add(form.toUpperCase());
  };
  if (family.prefix && canonical.startsWith(family.prefix)) {
    const core = canonical.slice(family.prefix.length);
    // Alone, a short core is just a number (AADDS104, 0x15): it would match far too much.
    if (core.length >= 4) withCase(core);
    if (family.case === 'lower') forms.add(family.prefix + core.toUpperCase());
  } else if (family.case === 'lower') {
    forms.add(canonical.toUpperCase());
  }
  const dashed = DASHED.exec(canonical);
  if (dashed) {
    forms.add(`${dashed[1]} ${dashed[2]}`);
    // The first number names the error (30125); the second alone (4) is shared by many.
    if (dashed[1]!.length >= 3) forms.add(dashed[1]!);
  }
  if (typeof code !== 'string') {
    for (const basic of code.basic) forms.add(`${basic} ${canonical}`);
    if (code.name) forms.add(code.name);
  }
  return [...forms];
}

const formIndexes = new WeakMap<Registry, Map<string, string[]>>();

/** Lower-cased form → the registered codes it is a form of. */
function formIndex(registry: Registry): Map<string, string[]> {
  let index = formIndexes.get(registry);
  if (index) return index;
  index = new Map();
  const families = new Map(registry.families.map((f) => [f.id, f]));
  for (const code of registry.codes.values()) {
    const family = families.get(code.family);
    if (!family) continue;
    for (const form of codeForms(code, family)) {
      const key = form.toLowerCase();
      const codes = index.get(key);
      if (!codes) index.set(key, [code.code]);
      else if (!codes.includes(code.code)) codes.push(code.code);
    }
  }
  formIndexes.set(registry, index);
  return index;
}

const SEPARATORS = /[\s,;:"'“”„«»()[\]{}]+/;
const TRAILING = /[.?!。、，？！]+$/;

/**
 * The canonical codes a search query could mean: codes written in any recognized form
 * (registered or not), then registered codes one of whose forms is the whole query, two
 * neighbouring words or one word. A word already explained by a longer hit adds nothing,
 * so `30125 4` means 30125-4 and not every 30125 code.
 */
export function parseCodeQuery(query: string, registry: Registry): string[] {
  // NFKC turns full-width input (ＡＡＤＳＴＳ５００００ from an East Asian keyboard) into ASCII.
  const text = query.normalize('NFKC').trim();
  const found = new Set<string>();
  for (const match of findCodes(text, registry)) found.add(match.code);
  const index = formIndex(registry);
  const words = text
    .toLowerCase()
    .split(SEPARATORS)
    .map((w) => w.replace(TRAILING, ''))
    .filter(Boolean);
  const explained = new Set<number>();
  const take = (candidate: string, from: number, to: number) => {
    const codes = index.get(candidate);
    if (!codes) return;
    for (const code of codes) found.add(code);
    for (let i = from; i < to; i++) explained.add(i);
  };
  take(words.join(' '), 0, words.length);
  for (let i = 0; i + 1 < words.length; i++) take(`${words[i]} ${words[i + 1]}`, i, i + 2);
  words.forEach((word, i) => {
    if (!explained.has(i)) take(word, i, i + 1);
  });
  return [...found];
}
