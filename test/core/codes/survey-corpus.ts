/**
 * Surveys the unpacked corpus with the real registry and recognizer: which codes occur
 * where, which look like machine-translation damage, how fast recognition runs, and
 * whether look-alike numbers (dates, versions, IPs, phone and KB numbers) are ever taken
 * for codes. It generated the `codes:` lists in content/error-codes/ once; rerun it
 * after changing a pattern. Not a test (the corpus is not on every machine).
 *
 *   node test/core/codes/survey-corpus.ts [corpusDir] [--codes]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCodes, type CodeMatch } from '../../../src/core/codes/find.ts';
import { loadRegistry } from '../../../src/core/codes/registry.ts';

const REPO = new URL('../../../', import.meta.url).pathname;
const corpus = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/corpus';
const { registry, diagnostics } = loadRegistry(join(REPO, 'content'));
if (diagnostics.length > 0) console.error(diagnostics);

interface CorpusFile {
  locale: string;
  slug: string;
  text: string;
}

function readCorpus(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const archive of readdirSync(corpus)) {
    const locale = /alchemyinsights-([a-z]{2}-[A-Z]{2})/.exec(archive)?.[1] ?? archive;
    const root = join(corpus, archive, 'AlchemyInsights');
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const path = join(entry.parentPath, entry.name);
      files.push({ locale, slug: path.slice(root.length + 1, -3), text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** The English beside a machine translation: the sxs-lookup spans. */
const ENGLISH = /<span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;

const files = readCorpus();
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

// Speed: three rounds over every file, the best one counts.
let best = Infinity;
let all: CodeMatch[][] = [];
for (let round = 0; round < 3; round++) {
  const started = performance.now();
  all = files.map((f) => findCodes(f.text, registry));
  best = Math.min(best, performance.now() - started);
}
console.log(
  `${files.length} files, ${(bytes / 1e6).toFixed(1)} MB: findCodes ${(bytes / 1e6 / (best / 1000)).toFixed(0)} MB/s, ${(files.length / (best / 1000)).toFixed(0)} files/s`,
);
const flat = all.flat();
console.log(
  `${flat.length} code occurrences, ${flat.filter((m) => !registry.codes.has(m.code)).length} of them unregistered`,
);

// Where each code occurs, and whether the English source has it.
interface Seen {
  family: string;
  locales: Map<string, Set<string>>;
  english: Set<string>;
  written: Set<string>;
  basic: Set<string>;
}
const seen = new Map<string, Seen>();
files.forEach((file, i) => {
  const english = new Set<string>();
  for (const span of file.text.matchAll(ENGLISH)) for (const m of findCodes(span[1]!, registry)) english.add(m.code);
  for (const m of all[i]!) {
    let s = seen.get(m.code);
    if (!s)
      seen.set(
        m.code,
        (s = { family: m.family, locales: new Map(), english: new Set(), written: new Set(), basic: new Set() }),
      );
    let locales = s.locales.get(file.slug);
    if (!locales) s.locales.set(file.slug, (locales = new Set()));
    locales.add(file.locale);
    s.written.add(m.written);
    if (m.basic) s.basic.add(m.basic);
    if (english.has(m.code)) s.english.add(file.slug);
  }
});

/** Real where the English has it or most locales agree; elsewhere it is likely a translation's damage. */
const realSlugs = (s: Seen) =>
  [...s.locales].filter(([slug, locales]) => s.english.has(slug) || locales.size >= 3).map(([slug]) => slug);

const byFamily = new Map<string, string[]>();
for (const [code, s] of seen) byFamily.set(s.family, [...(byFamily.get(s.family) ?? []), code]);
for (const [family, codes] of [...byFamily].sort()) {
  const real = codes.filter((c) => realSlugs(seen.get(c)!).length > 0);
  const registered = codes.filter((c) => registry.codes.has(c));
  console.log(
    `\n${family}: ${codes.length} distinct codes found, ${real.length} in English or in 3+ locales, ${registered.length} registered`,
  );
  for (const code of codes.sort()) {
    const s = seen.get(code)!;
    const slugs = realSlugs(s);
    const mark = registry.codes.has(code) ? 'R' : slugs.length ? '+' : '-';
    const where = [...s.locales]
      .map(([slug, l]) => `${slug}[${[...l].join(',')}${s.english.has(slug) ? ',en' : ''}]`)
      .join(' ');
    console.log(
      `  ${mark} ${code}  written ${[...s.written].join(' | ')}${s.basic.size ? `  basic ${[...s.basic].join(',')}` : ''}\n      ${where}`,
    );
  }
}

if (process.argv.includes('--codes')) {
  for (const [family, codes] of [...byFamily].sort()) {
    console.log(`\n# ${family}`);
    for (const code of codes.sort()) {
      const s = seen.get(code)!;
      const slugs = realSlugs(s)
        .filter((slug) => !slug.startsWith('includes/'))
        .sort();
      if (slugs.length === 0) continue;
      console.log(
        `  - code: '${code}'${s.basic.size ? `\n    basic: [${[...s.basic].sort().join(', ')}]` : ''}\n    articles:\n${slugs.map((x) => `      - ${x}`).join('\n')}`,
      );
    }
  }
}

// Look-alikes: how many of each occur, and how many overlap a recognized code.
const LOOK_ALIKES: Record<string, RegExp> = {
  'dates (d.m.y, y-m-d, m/d/y)': /\b(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\b/g,
  'dotted versions (a.b.c, a.b.c.d)': /\b\d+\.\d+\.\d+(?:\.\d+)?\b/g,
  'IPv4 addresses': /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g,
  'phone numbers': /(?:\+\d{1,3}[ -]?)?\(?\d{2,4}\)?[ -]\d{3,4}[ -]\d{3,4}\b/g,
  'KB numbers': /\bKB ?\d{6,7}\b/gi,
  'number ranges (a-b)': /\b\d{1,5}-\d{1,5}\b/g,
  GUIDs: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  'eight-digit numbers (ids)': /\b\d{8}\b/g,
};
console.log(
  '\nLook-alikes: occurrences; overlapping a registered code (the code itself looks like one); overlapping an unregistered match:',
);
for (const [label, regex] of Object.entries(LOOK_ALIKES)) {
  let total = 0;
  let registered = 0;
  const unregistered = new Map<string, number>();
  files.forEach((file, i) => {
    const matches = all[i]!;
    for (const m of file.text.matchAll(regex)) {
      total++;
      const end = m.index + m[0].length;
      const hit = matches.find((c) => c.index < end && c.index + c.written.length > m.index);
      if (!hit) continue;
      if (registry.codes.has(hit.code)) registered++;
      else unregistered.set(`${m[0]} ~ ${hit.written}`, (unregistered.get(`${m[0]} ~ ${hit.written}`) ?? 0) + 1);
    }
  });
  const n = [...unregistered.values()].reduce((a, b) => a + b, 0);
  console.log(
    `  ${label}: ${total}; ${registered}; ${n}${n ? `  e.g. ${[...unregistered.keys()].slice(0, 8).join(' ; ')}` : ''}`,
  );
}
