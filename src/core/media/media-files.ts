/**
 * Which files of a locale's `media/` folder the site publishes, decided once here and obeyed
 * by the build's copy step (src/pipeline/layout/copy-media.ts). Media are served from the site's own
 * origin, beside its pages, and errata's content security policy is a tag inside its pages:
 * a copied HTML file, script or SVG would run with the site's rights when opened. So only
 * types that cannot run anything are published (rule `media-unsafe-type`), and only files
 * that really are inside the content folder (rule `file-symlink-outside`).
 *
 * SVG is refused, not sanitized: an SVG can carry script in many disguises (`<script>`,
 * event attributes, `<foreignObject>` HTML, `javascript:` and `data:` links, CSS), a sanitizer
 * for it is a browser-grade parser errata would have to keep current, and no article of the
 * 30-locale corpus uses one (its media are 2,004 PNG and 97 GIF files). A diagram converts to PNG.
 *
 * A name is only a claim: each file of a published type is also read (its first 4 KB) to see that
 * its bytes are that type (sniff-media.ts). An HTML page, SVG, script, PDF or program under an
 * image's name is refused as an error; other bytes that are not what the name says (a TIFF, an
 * empty or unrecognisable file) are refused as a warning; an image under another image type's
 * name (a JPEG named .png) is published, since browsers display it all the same.
 */
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { isInsideContent, realPathInside, symlinkOutside } from '../read/inside-content.ts';
import { diagnostic } from '../diagnostics/rule-registry.ts';
import { DECLARED_TYPES, sniffMedia } from './sniff-media.ts';

/** Types that only display: raster images and PDF (which browsers show in a sandboxed viewer). */
export const SAFE_MEDIA_TYPES: ReadonlySet<string> = new Set(Object.keys(DECLARED_TYPES));

/** Types that run script or render as a document on the site's origin: named in the message. */
const ACTIVE_TYPES: Record<string, string> = {
  '.html': 'an HTML page',
  '.htm': 'an HTML page',
  '.xhtml': 'an HTML page',
  '.shtml': 'an HTML page',
  '.mht': 'an HTML page',
  '.mhtml': 'an HTML page',
  '.svg': 'an SVG image (SVG can carry script)',
  '.svgz': 'an SVG image (SVG can carry script)',
  '.js': 'a script',
  '.mjs': 'a script',
  '.cjs': 'a script',
  '.wasm': 'a WebAssembly module',
  '.xml': 'an XML document (it can carry script)',
  '.xsl': 'an XSL style sheet',
  '.xslt': 'an XSL style sheet',
  '.css': 'a style sheet',
  '.swf': 'a Flash file',
  '.php': 'a server script',
  '.asp': 'a server script',
  '.aspx': 'a server script',
};

export interface MediaFiles {
  /** Published files, relative to the content directory (`zh-tw/media/a.png`), sorted. */
  files: string[];
  /** Why the others are not published. */
  diagnostics: Diagnostic[];
}

/** Whether a file of this name may be published as media, by its name alone (its bytes are judged by mediaFiles). */
export function isSafeMediaFile(name: string): boolean {
  return SAFE_MEDIA_TYPES.has(extname(name).toLowerCase());
}

/** The publishable files of `<locale>/media/` (an absent folder has none). */
export function mediaFiles(contentDir: string, locale: string): MediaFiles {
  const result: MediaFiles = { files: [], diagnostics: [] };
  const walking = new Set<string>();
  const walk = (folder: string): void => {
    const real = realPathInside(contentDir, folder);
    if (real === undefined) {
      result.diagnostics.push(symlinkOutside(folder, true));
      return;
    }
    // A folder linked into itself is listed once.
    if (walking.has(real)) return;
    walking.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(join(contentDir, folder), { withFileTypes: true });
    } catch {
      walking.delete(real);
      return;
    }
    for (const entry of entries) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) {
        const target = statSync(join(contentDir, path), { throwIfNoEntry: false });
        // A dangling link has nothing to publish.
        if (!target) continue;
        if (!isInsideContent(contentDir, path)) result.diagnostics.push(symlinkOutside(path, target.isDirectory()));
        else if (target.isDirectory()) walk(path);
        else if (target.isFile()) judge(path);
      } else if (entry.isFile()) judge(path);
    }
    walking.delete(real);
  };
  // Files of a published type, judged by their bytes once the folder is listed.
  const named: Array<{ path: string; extension: string }> = [];
  const judge = (path: string): void => {
    const extension = extname(path).toLowerCase();
    if (SAFE_MEDIA_TYPES.has(extension)) named.push({ path, extension });
    else if (Object.hasOwn(ACTIVE_TYPES, extension))
      result.diagnostics.push(
        diagnostic({ file: path, line: 1, column: 1 }, 'media-unsafe-type', 'unsafe', {
          path,
          kind: ACTIVE_TYPES[extension]!,
        }),
      );
    else
      result.diagnostics.push(
        diagnostic({ file: path, line: 1, column: 1 }, 'media-unsafe-type', 'unknown', {
          path,
          extension: extension || 'no extension',
        }),
      );
  };
  if (lstatSync(join(contentDir, locale, 'media'), { throwIfNoEntry: false })) walk(`${locale}/media`);
  const verdicts = sniffMedia(
    named.map((file) => join(contentDir, file.path)),
    named.map((file) => file.extension),
  );
  for (const [i, { path, extension }] of named.entries()) {
    const verdict = verdicts[i]!;
    const at = { file: path, line: 1, column: 1 };
    const declared = DECLARED_TYPES[extension]!.name;
    if (verdict.status === 'ok') result.files.push(path);
    else if (verdict.status === 'empty')
      result.diagnostics.push(diagnostic(at, 'media-unsafe-type', 'empty', { path }));
    else
      result.diagnostics.push(
        diagnostic(at, 'media-unsafe-type', verdict.status, { path, declared, actual: verdict.actual }),
      );
  }
  result.files.sort();
  return result;
}
