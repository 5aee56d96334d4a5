/**
 * The output folder, handled so that nothing but errata's own output is ever deleted and a
 * build that fails or is killed leaves the previous site as it was.
 *
 * Before anything is touched, `refuseUnsafeOutput` turns down a folder errata must not
 * replace. A build then writes into a staging folder beside `--out` (same parent, so the
 * same file system: the swap is a rename): a full build writes the whole site there and the
 * staging folder takes `--out`'s place; an incremental build writes only what changed there,
 * and its files are moved into `--out` and the pages it removed deleted. Either commit first
 * writes a journal, so a build killed halfway through committing is finished by the next
 * errata build before it starts (the staged files are complete by then); a build killed
 * before its commit left only a staging folder, which the next build removes.
 *
 * What a commit replaces (the previous site, a locale's old search index) is renamed into a
 * trash folder beside `--out` and deleted by a process of its own after the build: deleting
 * thousands of files takes seconds, and the site need not wait for it.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { PROJECT_ROOT } from '../process/project-root.ts';
import { moveInto } from '../pages/move-into.ts';

export const REPORT_FILE = 'build-report.json';

/** `--out` is a folder errata must not replace (exit 2): the message says which and why. */
export class OutputRefused extends Error {}

export interface OutputCheck {
  contentDir: string;
  /** The working directory (default: this process's). */
  cwd?: string;
  /** Replace a non-empty folder that is not an earlier errata output. */
  force?: boolean;
}

/**
 * Throws `OutputRefused` for an `--out` that is the working directory, errata's own folder,
 * the content folder, a folder holding any of them, a folder inside the content folder or
 * the cache, a file, or a non-empty folder without a build report (unless `force`).
 */
export function refuseUnsafeOutput(outDir: string, check: OutputCheck): void {
  const out = realPath(outDir);
  const content = realPath(check.contentDir);
  const guarded: Array<[string, string]> = [
    [realPath(check.cwd ?? process.cwd()), 'the working directory'],
    [realPath(PROJECT_ROOT), "errata's own folder"],
    [content, 'the content folder'],
  ];
  for (const [folder, what] of guarded) {
    if (isWithin(out, folder)) {
      throw new OutputRefused(
        `--out ${outDir} is ${out === folder ? what : `a folder that holds ${what} (${folder})`}; errata replaces --out, so give a folder of its own, e.g. --out dist.`,
      );
    }
  }
  if (isWithin(content, out))
    throw new OutputRefused(
      `--out ${outDir} is inside the content folder ${content}; the site would be read as content. Give a folder outside it.`,
    );
  if (isWithin(realPath(join(PROJECT_ROOT, '.errata-cache')), out))
    throw new OutputRefused(
      `--out ${outDir} is inside errata's cache, which errata deletes at will. Give a folder outside it.`,
    );
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new OutputRefused(`--out ${outDir} is a file, not a folder.`);
  if (!check.force && readdirSync(out).length > 0 && !existsSync(join(out, REPORT_FILE))) {
    throw new OutputRefused(
      `--out ${outDir} is not empty and has no ${REPORT_FILE}, so it is not an earlier errata output; errata will not replace it (--force replaces it anyway).`,
    );
  }
}

/** Whether `path` is `folder` or inside it. */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path, through symbolic links, of a path whose last parts may not exist yet (an --out not built yet). */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

interface Journal {
  /** `whole`: the staging folder replaces `--out`; `changes`: its files move into `--out`. */
  mode: 'whole' | 'changes';
  /** Paths in `--out` (relative) to delete before the staged files move in; emptied once done. */
  deletes: string[];
}

/** The staging folder of one output folder, and the commit that publishes it. */
export class StagedOutput {
  readonly outDir: string;
  /** Where this build writes. */
  readonly stageDir: string;
  private readonly journal: string;
  private readonly previous: string;
  private readonly trashPrefix: string;
  private trash: string | undefined;

  constructor(outDir: string) {
    this.outDir = resolve(outDir);
    const beside = (what: string) => join(dirname(this.outDir), `.${basename(this.outDir)}.errata-${what}`);
    this.stageDir = beside('staging');
    this.journal = beside('commit.json');
    this.previous = beside('previous');
    this.trashPrefix = `.${basename(this.outDir)}.errata-trash-`;
  }

  /**
   * Finishes a commit a killed build left halfway, removes what a build killed before its
   * commit left, and starts an empty staging folder. Call it holding the output folder's lock.
   */
  begin(): void {
    this.recover();
    this.removeOldTrash();
    rmSync(this.stageDir, { recursive: true, force: true });
    makeFolder(this.stageDir);
  }

  /** The staging folder takes `--out`'s place; the previous site goes once the new one is there. */
  commitWhole(): void {
    this.writeJournal({ mode: 'whole', deletes: [] });
    this.finish();
  }

  /** The staged files move into `--out`, after `deletes` (relative paths: pages removed, indexes replaced) are gone. */
  commitChanges(deletes: string[]): void {
    this.writeJournal({ mode: 'changes', deletes });
    this.finish();
  }

  /** A build that did not publish: its staging folder goes, `--out` stays as it was. */
  discard(): void {
    rmSync(this.stageDir, { recursive: true, force: true });
  }

  private recover(): void {
    if (existsSync(this.journal)) this.finish();
    // A whole swap killed between its two renames, with no journal left: not possible, as the
    // journal goes last; but a site moved aside and never replaced is put back.
    if (!existsSync(this.outDir) && existsSync(this.previous)) renameSync(this.previous, this.outDir);
    rmSync(this.previous, { recursive: true, force: true });
  }

  private writeJournal(journal: Journal): void {
    writeFileAtomic.sync(this.journal, JSON.stringify(journal));
  }

  /** Carries out the journal's commit; safe to run again from any point it was stopped at. */
  private finish(): void {
    const journal = JSON.parse(readFileSync(this.journal, 'utf8')) as Journal;
    if (journal.mode === 'whole') {
      if (existsSync(this.stageDir)) {
        try {
          if (existsSync(this.outDir)) renameSync(this.outDir, this.previous);
          renameSync(this.stageDir, this.outDir);
        } catch (error) {
          // `--out` is a mount point (EBUSY, EXDEV): it stays, and its contents are replaced.
          if (!['EBUSY', 'EXDEV'].includes((error as NodeJS.ErrnoException).code ?? '') || !existsSync(this.outDir))
            throw error;
          for (const name of readdirSync(this.outDir))
            rmSync(join(this.outDir, name), { recursive: true, force: true });
          moveInto(this.stageDir, this.outDir);
          rmSync(this.stageDir, { recursive: true, force: true });
        }
      }
      if (existsSync(this.previous)) this.toTrash(this.previous);
    } else {
      for (const path of journal.deletes)
        if (existsSync(join(this.outDir, path))) this.toTrash(join(this.outDir, path));
      if (journal.deletes.length > 0) this.writeJournal({ ...journal, deletes: [] });
      if (existsSync(this.stageDir)) moveInto(this.stageDir, this.outDir);
      rmSync(this.stageDir, { recursive: true, force: true });
    }
    unlinkSync(this.journal);
    this.emptyTrash();
  }

  /** Out of the site at once (a rename), deleted after the build (`emptyTrash`). */
  private toTrash(path: string): void {
    this.trash ??= join(dirname(this.outDir), `${this.trashPrefix}${process.pid}-${Date.now()}`);
    mkdirSync(this.trash, { recursive: true });
    renameSync(path, join(this.trash, String(readdirSync(this.trash).length)));
  }

  /** Deletes this commit's trash in a process of its own, which outlives the build. */
  private emptyTrash(): void {
    if (!this.trash) return;
    const child = spawn(
      process.execPath,
      ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', this.trash],
      { detached: true, stdio: 'ignore' },
    );
    child.on('error', () => {});
    child.unref();
    this.trash = undefined;
  }

  /** Trash whose deleting process never finished (the machine stopped): gone after ten minutes. */
  private removeOldTrash(): void {
    const parent = dirname(this.outDir);
    const old = Date.now() - 10 * 60_000;
    for (const name of existsSync(parent) ? readdirSync(parent) : []) {
      if (!name.startsWith(this.trashPrefix)) continue;
      try {
        if (statSync(join(parent, name)).mtimeMs < old) rmSync(join(parent, name), { recursive: true, force: true });
      } catch {
        // Deleted meanwhile by its own process.
      }
    }
  }
}

/**
 * Makes a folder and the missing ones above it, one at a time: Node's recursive mkdir never
 * ends where a file system answers ENOENT to a folder whose parent exists (/proc, /sys).
 */
function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let at = resolve(path); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) mkdirSync(folder);
}
