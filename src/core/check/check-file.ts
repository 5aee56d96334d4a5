/**
 * read → parse → check for one Markdown file. Pure apart from its inputs, so it runs
 * the same in the main thread, in a worker, or in a test.
 */
import { findCodes } from '../codes/find.ts';
import { indexEntry, indexEntryOf, type IndexedArticle } from '../crosslocale/content-index.ts';
import { frontMatterHead, headIsWhole } from '../read/front-matter-head.ts';
import type { Registry } from '../codes/registry.ts';
import type { Position } from '../diagnostics/diagnostic.ts';
import { checkMediaLinks } from '../media/check-media-links.ts';
import type { MediaIndex } from '../media/media-index.ts';
import type { Article, ArticleMeta, FileRecord } from '../model.ts';
import { scanBody } from '../parse/body-scan.ts';
import { tooComplex } from '../parse/complexity.ts';
import { reservedSlug } from '../read/reserved-routes.ts';
import { nonProseRanges } from '../parse/prose-text.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { isPageSlug, type ContentFile } from '../read/content-files.ts';
import { decodeText } from '../read/text-file.ts';
import { invariantsIn, proseFacts, type Invariant } from '../rules/invariants.ts';
import {
  missingFromTranslation,
  type LostFromSource,
  type SourceInvariant,
} from '../rules/invariant-lost-in-translation.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import type { FileContext } from '../rules/rule.ts';
import { validateFrontMatter } from '../schema/validate-front-matter.ts';
import { hasSideBySide, readSegments } from '../sxs/segments.ts';
import { FILE_RULES } from './rules.ts';

export interface CheckEnvironment {
  registry: Registry;
  sourceLocale: string;
  media?: MediaIndex;
  /** Invariants of the source article with the same slug, when there is one. */
  sourceInvariants?: SourceInvariant[];
  /** Also make the file's content-index entry, from the bytes at hand. */
  indexEntry?: boolean;
}

export interface FileCheck {
  record: FileRecord;
  /** For source articles: what every translation must keep. */
  invariants?: SourceInvariant[];
  /** The hash of the bytes checked, when the caller keeps results between runs (check-cache.ts). */
  bytesHash?: string;
  /** The file's stamp when it was read (read/file-stamp.ts), for the check cache. */
  stamp?: string;
  /**
   * What the comparison with the source article found missing. Kept apart from the record's
   * diagnostics until the pass across locales knows whether the translation is stale: then
   * the source may have changed since, and a loss is a warning, not an error.
   */
  lostFromSource?: LostFromSource;
  /** The file's content-index entry (null: the index leaves it out), when the environment asked for it. */
  indexed?: IndexedArticle | null;
}

export function checkFile(input: ContentFile, bytes: Uint8Array, env: CheckEnvironment): FileCheck {
  let parsed: ArticleMeta | undefined;
  const result = checkBytes(input, bytes, env, (meta) => (parsed = meta));
  // From the front-matter head, exactly as the light pass over unread files makes it: when the
  // head is the whole file, from the check's own parse of it (the same text, parsed and
  // validated the same way: decoding and parsing it again took 1.4 s of the 14.6 s the
  // check's threads were busy in a cold five-locale build, profiled).
  if (env.indexEntry)
    result.indexed =
      parsed && headIsWhole(bytes)
        ? indexEntryOf(input, parsed)
        : indexEntry(input, frontMatterHead(input.file, bytes), env.sourceLocale);
  return result;
}

/** `parsed` is told the front matter's values when the whole text parsed without an error (as `indexEntry` requires). */
function checkBytes(
  input: ContentFile,
  bytes: Uint8Array,
  env: CheckEnvironment,
  parsed: (meta: ArticleMeta) => void,
): FileCheck {
  const { file, locale, slug } = input;
  const record: FileRecord = { file, locale, slug, diagnostics: [] };
  const reserved = reservedSlug(slug);
  if (reserved)
    record.diagnostics.push(
      diagnostic({ file, line: 1, column: 1 }, 'slug-reserved', 'slug', { url: `/${locale}/${slug}/`, what: reserved }),
    );
  const decoded = decodeText(file, bytes);
  record.diagnostics.push(...decoded.diagnostics);
  if (!('text' in decoded)) return { record };
  // Before anything recursive sees the text: a file nested 1,000 deep is refused here, not in the renderer.
  const complex = tooComplex(file, decoded.text);
  if (complex) {
    record.diagnostics.push(complex);
    return { record };
  }

  const fm = parseFrontMatter(file, decoded.text);
  const parseFailed = fm.diagnostics.some((d) => d.severity === 'error');
  const isPage = isPageSlug(slug);
  // An include fragment is spliced into other articles: it needs no front matter of its own.
  if (!isPage) fm.diagnostics = fm.diagnostics.filter((d) => d.rule !== 'front-matter-missing');
  record.diagnostics.push(...fm.diagnostics);
  const isSourceLocale = locale === env.sourceLocale;
  const { meta, diagnostics } = validateFrontMatter(fm, { file, locale, isSourceLocale, isPage });
  if (!parseFailed) parsed(meta);
  record.diagnostics.push(...diagnostics);
  if (fm.diagnostics.some((d) => d.rule === 'front-matter-missing' || d.rule === 'front-matter-unclosed'))
    return { record };

  const scan = scanBody(fm.body, fm.bodyLine);
  const sxs = hasSideBySide(fm.body) ? readSegments(scan, file) : { segments: [], diagnostics: [] };
  record.diagnostics.push(...sxs.diagnostics);
  const report: FileContext['report'] = (at, rule, messageId, ...data) => {
    const position = typeof at === 'number' ? scan.lines.position(at) : at;
    record.diagnostics.push(diagnostic({ file, ...position }, rule, messageId, ...data));
  };
  const facts = proseFacts(fm.body, nonProseRanges(scan), env.registry);
  const context: FileContext = {
    file,
    locale,
    slug,
    isSourceLocale,
    meta,
    scan,
    facts,
    segments: sxs.segments,
    registry: env.registry,
    report,
  };
  for (const rule of FILE_RULES) rule.check(context);
  if (env.media) record.diagnostics.push(...checkMediaLinks(file, fm.body, fm.bodyLine, env.media));

  // A side-by-side translation is compared segment by segment (rules/sxs-invariants.ts) instead.
  const lostFromSource =
    env.sourceInvariants && sxs.segments.length === 0 ? missingFromTranslation(fm.body, env.sourceInvariants) : [];
  const sourceRanges = sxs.segments.flatMap((s) => (s.source ? [s.source] : []));
  const codes = new Set<string>();
  for (const match of findCodes(meta.title, env.registry)) codes.add(match.code);
  for (const match of facts.codes)
    if (!sourceRanges.some(([from, to]) => match.index >= from && match.index < to)) codes.add(match.code);
  const article: Article = {
    file,
    locale,
    slug,
    meta,
    body: fm.body,
    bodyLine: fm.bodyLine,
    isPage,
    sideBySide: sxs.segments.length > 0,
    stale: false,
    codes: [...codes],
  };
  record.article = article;
  const result: FileCheck = { record };
  if (lostFromSource.length > 0) result.lostFromSource = { line: fm.bodyLine, missing: lostFromSource };
  if (isSourceLocale) {
    result.invariants = invariantsIn(scan, facts, 0, fm.body.length, env.registry).map((i: Invariant) => ({
      text: i.text,
      kind: i.kind,
      line: scan.lines.position(i.index).line,
    }));
  }
  return result;
}
