/**
 * `errata takeback`: an XLIFF file back into `content/<locale>/<slug>.md`.
 *
 * All or nothing: the whole file is read and every unit of every article checked first; if
 * anything is refused (an error diagnostic), nothing is written — a hostile or damaged file
 * leaves the content tree as it was. Only then is each article written, atomically.
 *
 * Each article is rebuilt from errata's own reading of the source (source-units.ts): a unit's
 * span of the source is replaced by its target, each placeholder by the source's Markdown bytes
 * for it, so list markers, tables, code blocks and link addresses stay as the source has them,
 * and a target equal to its source gives the source's bytes back. The front matter starts from
 * the existing translation's (its own keys kept, line for line) or, for a new one, the source's,
 * and gets the translated title and description and the handoff's localization keys.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { SOURCE_LOCALE, isLocaleFolder } from '../read/content-files.ts';
import type { Registry } from '../codes/registry.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { localeFolder } from '../import/locale-tag.ts';
import { isWithin, realContentDir } from '../read/inside-content.ts';
import { docsDateFromIso, setFrontMatterKeys } from './front-matter-edit.ts';
import { META } from './handoff-file.ts';
import { languageTag } from './handoff.ts';
import { protectedElements, spell, type Paired, type Placeholder } from './segment.ts';
import { sourceArticle, sourceText, type SourceUnit } from './source-units.ts';
import { MAX_UNIT_CHARS, MAX_XLIFF_BYTES, readXliff, type Inline, type ReadFile, type ReadUnit } from './xliff-read.ts';

export interface TakebackOptions {
  contentDir: string;
  registry: Registry;
  /** The XLIFF file as the user named it: diagnostics point there. */
  file: string;
  bytes: Uint8Array;
  /** Take articles whose source changed since the handoff, as stale. */
  force?: boolean;
}

export interface PlannedWrite {
  /** Relative to the content folder: `sv-se/slug.md`. */
  file: string;
  absolute: string;
  text: string;
  /** Whether a translation was there before (a stale one updated) or the file is new. */
  replaces: boolean;
  /** Taken with --force although the source changed. */
  forced: boolean;
}

export interface TakebackPlan {
  diagnostics: Diagnostic[];
  /** Empty whenever a diagnostic is an error: nothing is written then. */
  writes: PlannedWrite[];
}

export function planTakeback(options: TakebackOptions): TakebackPlan {
  const { file } = options;
  const read = readXliff(file, options.bytes);
  if ('ruleId' in read) {
    const limits = { limit: read.messageId === 'tooLarge' ? MAX_XLIFF_BYTES / 1024 / 1024 : MAX_UNIT_CHARS };
    const d =
      read.ruleId === 'xliff-unsafe'
        ? read.messageId === 'tooLarge' || read.messageId === 'unitTooLarge'
          ? diagnostic(read.at, 'xliff-unsafe', read.messageId, limits)
          : diagnostic(read.at, 'xliff-unsafe', read.messageId)
        : read.messageId === 'encoding'
          ? diagnostic(read.at, 'xliff-invalid', 'encoding')
          : diagnostic(read.at, 'xliff-invalid', read.messageId, { detail: read.detail });
    return { diagnostics: [d], writes: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const writes: PlannedWrite[] = [];
  const target = localeFolder(read.trgLang);
  const locale = 'folder' in target ? target.folder : '';
  const seen = new Set<string>();
  for (const xliffFile of read.files) {
    const original = xliffFile.original ?? '';
    if (seen.has(original)) {
      diagnostics.push(diagnostic(xliffFile.at, 'xliff-invalid', 'duplicateFile', { original }));
      continue;
    }
    seen.add(original);
    const planned = planFile(options, xliffFile, locale, read.trgLang, diagnostics);
    if (planned) writes.push(planned);
  }
  const refused = diagnostics.some((d) => d.severity === 'error');
  return { diagnostics, writes: refused ? [] : writes };
}

/** `sv-se/a/b.md` → its slug, or undefined when it is no such path (absolute, `..`, a backslash, a NUL…). */
function slugOf(original: string, locale: string): string | undefined {
  if (!original.startsWith(`${locale}/`) || !original.endsWith('.md')) return undefined;
  const segments = original.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\0:]/.test(s))) return undefined;
  return segments.slice(1).join('/').slice(0, -'.md'.length) || undefined;
}

function planFile(
  options: TakebackOptions,
  xliffFile: ReadFile,
  locale: string,
  trgLang: string,
  diagnostics: Diagnostic[],
): PlannedWrite | undefined {
  const { contentDir } = options;
  const original = xliffFile.original ?? '';
  const at = xliffFile.at;
  // The shape of the path first: absolute, `..`, another folder — whatever the locale.
  const folder = original.split('/')[0] ?? '';
  if (!slugOf(original, folder) || !isLocaleFolder(folder)) {
    diagnostics.push(diagnostic(at, 'xliff-unsafe', 'pathOutside', { original }));
    return undefined;
  }
  if (folder !== locale || locale === SOURCE_LOCALE) {
    diagnostics.push(
      diagnostic(at, 'xliff-invalid', 'localeMismatch', { original, trgLang, folder: locale || '(none)' }),
    );
    return undefined;
  }
  const slug = slugOf(original, locale)!;
  const absolute = join(contentDir, locale, `${slug}.md`);
  if (!safeToWrite(contentDir, locale, absolute)) {
    diagnostics.push(diagnostic(at, 'xliff-unsafe', 'symlinkOutside', { original }));
    return undefined;
  }
  const sourceFile = `${SOURCE_LOCALE}/${slug}.md`;
  const sourcePath = join(contentDir, sourceFile);
  const sourceBytes = isRegularFileInside(contentDir, sourcePath) ? readFileSync(sourcePath) : undefined;
  const text = sourceBytes && sourceText(sourceBytes);
  if (!sourceBytes || text === undefined) {
    diagnostics.push(diagnostic(at, 'xliff-invalid', 'noSource', { original, source: sourceFile }));
    return undefined;
  }
  const meta = handoffMeta(xliffFile.meta, sourceFile);
  if ('key' in meta) {
    diagnostics.push(diagnostic(at, 'xliff-invalid', 'badMeta', { original, key: meta.key }));
    return undefined;
  }
  const source = sourceArticle(sourceFile, text, options.registry);
  const changed = createHash('sha1').update(sourceBytes).digest('hex') !== meta.sourceSha1;
  if (changed && !options.force) {
    diagnostics.push(
      diagnostic(at, 'xliff-source-changed', 'changed', {
        source: sourceFile,
        original,
        lastHandoff: meta.lastHandoff,
        locale,
        slug,
      }),
    );
    return undefined;
  }

  const byId = new Map(xliffFile.units.map((u) => [u.id, u]));
  const expectedIds = new Set(source.units.map((u) => u.id));
  let refused = false;
  const refuse = (d: Diagnostic) => {
    diagnostics.push(d);
    refused = true;
  };
  for (const unit of xliffFile.units)
    if (!expectedIds.has(unit.id) && !changed)
      refuse(diagnostic(unit.at, 'xliff-invalid', 'unknownUnit', { unit: unit.id, original }));
  const targets = new Map<string, string>();
  let kept = 0;
  for (const expected of source.units) {
    const unit = byId.get(expected.id);
    // After a change of source (--force), a unit that is not the one handed off keeps the current English.
    if (changed && (!unit || !sameSource(unit, expected))) {
      kept++;
      continue;
    }
    if (!unit) {
      refuse(diagnostic(at, 'xliff-invalid', 'missingUnit', { unit: expected.id, original, line: expected.line }));
      continue;
    }
    const rendered = renderUnit(unit, expected, original);
    if ('rule' in rendered) refuse(rendered.rule);
    else targets.set(expected.id, rendered.text);
  }
  if (refused) return undefined;
  if (changed)
    diagnostics.push(
      diagnostic(at, 'xliff-source-changed', 'forced', {
        source: sourceFile,
        original,
        lastHandoff: meta.lastHandoff,
        kept,
        units: source.units.length,
        locale,
        slug,
      }),
    );

  const replaces = existsSync(absolute);
  return {
    file: `${locale}/${slug}.md`,
    absolute,
    text: articleText(source, targets, replaces ? readFileSync(absolute, 'utf8') : undefined, {
      'ms.contentlocale': languageTag(locale),
      'ms.translationtype': meta.translationType,
      'ms.openlocfilehash': meta.hash,
      'ms.lasthandoff': docsDateFromIso(meta.lastHandoff),
    }),
    replaces,
    forced: changed,
  };
}

interface HandoffMeta {
  sourceSha1: string;
  hash: string;
  lastHandoff: string;
  translationType: 'HT' | 'MT';
}

/**
 * The handoff facts, checked: they become front-matter values, so each must have its expected
 * shape (a YAML line break smuggled into a hash would add keys to the article).
 */
function handoffMeta(meta: Map<string, string>, sourceFile: string): HandoffMeta | { key: string } {
  const sha1 = meta.get(META.sourceSha1)?.trim() ?? '';
  const hash = meta.get(META.hash)?.trim() ?? '';
  const date = meta.get(META.lastHandoff)?.trim() ?? '';
  const type = meta.get(META.translationType)?.trim() ?? 'HT';
  if (meta.get(META.source)?.trim() !== sourceFile) return { key: META.source };
  if (!/^[0-9a-f]{40}$/.test(sha1)) return { key: META.sourceSha1 };
  if (!/^[0-9A-Za-z]{6,128}$/.test(hash)) return { key: META.hash };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    return { key: META.lastHandoff };
  if (type !== 'HT' && type !== 'MT') return { key: META.translationType };
  return { sourceSha1: sha1, hash, lastHandoff: date, translationType: type };
}

/** Whether the unit handed off is the source's unit now: the same text and the same protected Markdown. */
function sameSource(unit: ReadUnit, expected: SourceUnit): boolean {
  const spellRead = (inlines: Inline[]): string =>
    inlines
      .map((i) =>
        i.kind === 'text'
          ? i.text
          : i.kind === 'ph'
            ? (unit.data.get(`d${i.id}`) ?? '\0')
            : i.kind === 'pc'
              ? (unit.data.get(`d${i.id}s`) ?? '\0') + spellRead(i.children) + (unit.data.get(`d${i.id}e`) ?? '\0')
              : '\0',
      )
      .join('');
  return spellRead(unit.source) === spell(expected.parts);
}

/** The unit's target as Markdown, or the one diagnostic that refuses it. */
function renderUnit(unit: ReadUnit, expected: SourceUnit, original: string): { text: string } | { rule: Diagnostic } {
  const elements = protectedElements(expected.parts);
  const refuse = (message: 'removed' | 'changed' | 'added' | 'copied', ids: string[]) => ({
    rule: diagnostic(unit.at, 'xliff-protected-changed', message, {
      unit: unit.id,
      original,
      elements: ids.map((id) => describe(id, elements.get(id))).join(', '),
    }),
  });
  // The returned file's <originalData> must still say what errata's reading of the source says.
  const edited = [...elements.values()].filter((e) =>
    e.kind === 'ph'
      ? unit.data.get(`d${e.id}`) !== e.data
      : unit.data.get(`d${e.id}s`) !== e.open || unit.data.get(`d${e.id}e`) !== e.close,
  );
  if (edited.length)
    return refuse(
      'changed',
      edited.map((e) => e.id),
    );
  if (!unit.target || !unit.target.some((i) => i.kind !== 'text' || i.text.trim()))
    return { rule: diagnostic(unit.at, 'xliff-invalid', 'untranslated', { unit: unit.id, original }) };

  const used = new Map<string, number>();
  const wrongKind: string[] = [];
  const unknown: string[] = [];
  const cell = expected.name === 'cell';
  const render = (inlines: Inline[]): string =>
    inlines
      .map((i) => {
        if (i.kind === 'text') return targetText(i.text, cell);
        if (i.kind === 'unsupported') {
          unknown.push(`<${i.name}>`);
          return '';
        }
        const element = elements.get(i.id);
        used.set(i.id, (used.get(i.id) ?? 0) + 1);
        if (!element) {
          unknown.push(i.id);
          return '';
        }
        if (element.kind !== i.kind) {
          wrongKind.push(i.id);
          return '';
        }
        return element.kind === 'ph'
          ? element.data
          : element.open + render((i as Extract<Inline, { kind: 'pc' }>).children) + element.close;
      })
      .join('');
  const text = render(unit.target);
  const removed = [...elements.values()]
    .filter((e) => !(e.kind === 'ph' && e.canDelete) && !used.has(e.id))
    .map((e) => e.id);
  if (removed.length) return refuse('removed', removed);
  if (wrongKind.length) return refuse('changed', wrongKind);
  if (unknown.length)
    return {
      rule: diagnostic(unit.at, 'xliff-protected-changed', 'added', {
        unit: unit.id,
        original,
        elements: unknown.map((u) => (u.startsWith('<') ? u : `id ${u}`)).join(', '),
      }),
    };
  const copied = [...used].filter(([, n]) => n > 1).map(([id]) => id);
  if (copied.length) return refuse('copied', copied);
  return { text };
}

/** How a diagnostic names a protected element: what it stands for, shortened. */
function describe(id: string, element: Placeholder | Paired | undefined): string {
  if (!element) return `id ${id}`;
  const text = element.kind === 'ph' ? element.data : `${element.open}…${element.close}`;
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 50 ? `${flat.slice(0, 49)}…` : flat}" (id ${id})`;
}

/**
 * A translator's text, made safe for its place: a line break would end the block (or the list
 * item, the table row), so it becomes a space; in a table cell an unescaped `|` would end the cell.
 */
function targetText(text: string, cell: boolean): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  return cell ? flat.replace(/(?<!\\)\|/g, '\\|') : flat;
}

/** The translated article: the base's front matter with the keys set, the source's body with the targets in place. */
function articleText(
  source: ReturnType<typeof sourceArticle>,
  targets: Map<string, string>,
  existing: string | undefined,
  keys: Record<string, string>,
): string {
  let body = source.text.slice(source.bodyStart);
  const spans = source.units
    .filter((u) => 'start' in u.place && targets.has(u.id))
    .sort((a, b) => (b.place as { start: number }).start - (a.place as { start: number }).start);
  for (const unit of spans) {
    const place = unit.place as { start: number; end: number };
    body = body.slice(0, place.start) + targets.get(unit.id)! + body.slice(place.end);
  }
  const base = existing ?? source.text;
  const head = base.slice(0, base.length - bodyOf(base).length);
  const values: Array<[string, string]> = [];
  for (const unit of source.units) {
    if (!('key' in unit.place) || !targets.has(unit.id)) continue;
    const translated = targets.get(unit.id)!;
    // An unchanged title keeps its line, quoting and all, when the base is the source.
    if (existing !== undefined || translated !== unit.place.value) values.push([unit.place.key, translated]);
  }
  values.push(...Object.entries(keys));
  return setFrontMatterKeys(head + body, values);
}

/** The body of an article's text: what follows its front matter's closing fence. */
function bodyOf(text: string): string {
  const lines = text.split('\n');
  if (!/^---[ \t]*\r?$/.test(lines[0] ?? '')) return text;
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(line));
  return close === -1 ? '' : lines.slice(close + 1).join('\n');
}

/**
 * Whether writing `absolute` stays inside `content/<locale>/`: the locale folder, the deepest
 * folder on the way that exists, and the file itself when it exists, judged by where they really
 * are — a symbolic link leading outside is refused, as errata never reads through one either.
 */
function safeToWrite(contentDir: string, locale: string, absolute: string): boolean {
  const root = realContentDir(contentDir);
  const localeDir = join(contentDir, locale);
  let realLocale = root;
  try {
    if (existsSync(localeDir)) {
      realLocale = realpathSync(localeDir);
      if (!isWithin(root, realLocale) || realLocale === root) return false;
    }
    let probe = dirname(absolute);
    while (!existsSync(probe)) probe = dirname(probe);
    if (!isWithin(realLocale, realpathSync(probe))) return false;
    if (lstatExists(absolute)) {
      const real = realpathSync(absolute);
      if (!isWithin(realLocale, real) || !lstatSync(real).isFile()) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isRegularFileInside(contentDir: string, path: string): boolean {
  try {
    return isWithin(realContentDir(contentDir), realpathSync(path)) && lstatSync(realpathSync(path)).isFile();
  } catch {
    return false;
  }
}

/** Writes a plan that was accepted whole; each file atomically (write-file-atomic), so a crash leaves old or new, never half. */
export function applyTakeback(plan: TakebackPlan): void {
  if (plan.diagnostics.some((d) => d.severity === 'error')) return;
  for (const write of plan.writes) {
    mkdirSync(dirname(write.absolute), { recursive: true });
    writeFileAtomic.sync(write.absolute, write.text);
  }
}
