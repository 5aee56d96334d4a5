/**
 * Writes the missing source articles of a content directory from its side-by-side
 * translations: the English kept beside every segment is the source it was made from.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanBody } from '../parse/body-scan.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { isLocaleFolder, listLocaleFiles, listLocales } from '../read/content-files.ts';
import { isInsideContent } from '../read/inside-content.ts';
import { reservedLocale } from '../read/reserved-routes.ts';
import { decodeText } from '../read/text-file.ts';
import { toIsoDate } from '../schema/dates.ts';
import { readSegments } from '../sxs/segments.ts';
import { recoveredTitle, recoverSourceBody, sourceFrontMatter } from '../sxs/recover-source.ts';

export interface RecoverOptions {
  contentDir: string;
  sourceLocale: string;
  /** Translations to recover from; default every locale but the source. */
  from?: string[];
  /** Report what would be written without writing. */
  dryRun?: boolean;
}

export interface RecoveredArticle {
  /** Written file, relative to the content directory. */
  file: string;
  /** The translation it was recovered from. */
  from: string;
  segments: number;
  /** Segments that had no English beside them: their translated text was kept. */
  untranslatedSegments: number;
}

interface Candidate {
  file: string;
  absolute: string;
  slug: string;
  lastHandoff: string;
}

/** An unusable invocation (a locale that is no locale folder name): the CLI prints it and exits 2. */
export class RecoverError extends Error {}

export function recoverSources(options: RecoverOptions): RecoveredArticle[] {
  const { contentDir, sourceLocale } = options;
  // Locale names become paths: `--source ../x` would write outside the content folder.
  for (const [flag, locale] of [
    ['--source', sourceLocale],
    ...(options.from ?? []).map((l) => ['--from', l]),
  ] as const) {
    if (!isLocaleFolder(locale) || reservedLocale(locale))
      throw new RecoverError(`${flag} ${locale} is not a locale folder name such as en-us or zh-tw.`);
  }
  const sourceFolder = join(contentDir, sourceLocale);
  if (!isInsideContent(contentDir, sourceFolder))
    throw new RecoverError(
      `${sourceFolder} is a symbolic link that leads outside the content folder; errata writes only inside it.`,
    );
  const locales = (options.from ?? listLocales(contentDir)).filter((l) => l !== sourceLocale);
  const best = new Map<string, Candidate>();
  for (const locale of locales) {
    for (const input of listLocaleFiles(contentDir, locale)) {
      if (existsSync(join(contentDir, sourceLocale, `${input.slug}.md`))) continue;
      const text = readText(input.absolute);
      if (!text || !text.includes('data-stu-id=')) continue;
      const handoff = /^ms\.lasthandoff:\s*(\S+)/m.exec(text)?.[1];
      const candidate = {
        file: input.file,
        absolute: input.absolute,
        slug: input.slug,
        lastHandoff: toIsoDate(handoff ?? '') ?? '',
      };
      const known = best.get(input.slug);
      if (!known || candidate.lastHandoff > known.lastHandoff) best.set(input.slug, candidate);
    }
  }
  const written: RecoveredArticle[] = [];
  for (const candidate of [...best.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    const fm = parseFrontMatter(candidate.file, readText(candidate.absolute)!);
    if (fm.diagnostics.length > 0) continue;
    const { segments } = readSegments(scanBody(fm.body, fm.bodyLine), candidate.file);
    const body = recoverSourceBody(fm.body, segments);
    const file = `${sourceLocale}/${candidate.slug}.md`;
    if (!options.dryRun) {
      const target = join(contentDir, file);
      mkdirSync(dirname(target), { recursive: true });
      // A folder of the source locale may be a link; what it leads to must still be inside.
      if (!isInsideContent(contentDir, dirname(target)))
        throw new RecoverError(
          `${dirname(target)} leads outside the content folder (a symbolic link); nothing was written there.`,
        );
      writeFileSync(target, `---\n${sourceFrontMatter(fm.yaml, recoveredTitle(body))}---\n${body}`);
    }
    written.push({
      file,
      from: candidate.file,
      segments: segments.length,
      untranslatedSegments: segments.filter((s) => !s.source).length,
    });
  }
  return written;
}

function readText(path: string): string | undefined {
  try {
    const decoded = decodeText(path, readFileSync(path));
    return 'text' in decoded ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
