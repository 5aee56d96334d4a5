/**
 * One article checked as `errata check` checks it inside the whole run: against its source
 * article's invariants, its staleness against the same slug's other versions, its file name —
 * but reading only the few files that slug has, never the rest of the content.
 */
import { basename } from 'node:path';
import { SOURCE_LOCALE, type ContentFile } from '../core/read/content-files.ts';
import type { BatchChecker } from '../core/check/check-batch.ts';
import { readHandoffs } from '../core/check/read-handoffs.ts';
import { newestHashes, staleDiagnostic, type HandoffInfo } from '../core/crosslocale/staleness.ts';
import { compareDiagnostics } from '../core/diagnostics/diagnostic.ts';
import type { FileRecord } from '../core/model.ts';
import { checkFileNames } from '../core/read/file-names.ts';
import { lostFromSource } from '../core/rules/invariant-lost-in-translation.ts';

/** `others`: the same slug's files in the other locales. Returns the record with its body kept. */
export function checkArticle(
  contentDir: string,
  checker: BatchChecker,
  file: ContentFile,
  others: readonly ContentFile[],
): FileRecord {
  const source = file.locale === SOURCE_LOCALE ? undefined : others.find((o) => o.locale === SOURCE_LOCALE);
  const invariants = source
    ? checker.run({
        contentDir,
        sourceLocale: SOURCE_LOCALE,
        files: [source],
        sourceInvariants: {},
        keepBodies: false,
      })[0]?.invariants
    : undefined;
  const [check] = checker.run({
    contentDir,
    sourceLocale: SOURCE_LOCALE,
    files: [file],
    keepBodies: true,
    sourceInvariants: invariants ? { [file.slug]: invariants } : {},
  });
  const record = check!.record;
  const article = record.article;
  if (article && article.meta.translation !== 'source') {
    const own: HandoffInfo = {
      file: record.file,
      slug: record.slug,
      hash: article.meta.openLocFileHash,
      lastHandoff: article.meta.lastHandoff,
      hashLine: article.meta.keyLines['ms.openlocfilehash'],
    };
    const newer = newestHashes([own, ...readHandoffs([...others])]).get(record.slug);
    if (newer && article.meta.openLocFileHash && newer.hash !== article.meta.openLocFileHash) {
      article.stale = true;
      record.diagnostics.push(staleDiagnostic(own, newer, source?.file));
    }
  }
  if (check!.lostFromSource)
    record.diagnostics.push(...lostFromSource(record.file, check!.lostFromSource, article?.stale ?? false));
  const name = file.file.slice(file.locale.length + 1);
  record.diagnostics.push(
    ...checkFileNames(file.locale, [name]).filter(
      (d) => d.file === file.file || basename(d.file) === basename(file.file),
    ),
  );
  record.diagnostics.sort(compareDiagnostics);
  return record;
}
