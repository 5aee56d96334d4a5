/**
 * One request to a child process and its one answer, over Node's IPC channel, with
 * questions from the child to the parent in between (`askParent`). The build runs Astro
 * and Pagefind in children: each keeps its memory to itself, and two run at once.
 */
import { fork } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A failure the child caught: its message and stack, and the file-system code and path when it has them. */
interface ChildError {
  message: string;
  stack: string;
  code?: string;
  path?: string;
}
type Answer<T> = { ok: true; result: T } | { ok: false; error: ChildError };

/**
 * A build step's process died (killed by a signal, out of memory) or failed: the message names
 * the step, what it was working on, the cause and what to try, in a few lines, without a stack.
 */
export class StepFailed extends Error {}

/** A step could not read or write a file (a full disk, no permission): one line naming the path. */
export class FileSystemFailure extends Error {
  readonly code: string;
  readonly path: string | undefined;
  constructor(message: string, code: string, path: string | undefined) {
    super(message);
    this.code = code;
    this.path = path;
  }
}

/** What a full disk or a refused write says, from an error's `code` and `path`. */
export function fileSystemMessage(
  code: string | undefined,
  path: string | undefined,
  doing: string,
): string | undefined {
  const where = path ? ` ${path}` : '';
  switch (code) {
    case 'ENOSPC':
      return `no space left on the device for${where} (${doing}); free some space and build again.`;
    case 'EDQUOT':
      return `the disk quota is used up, writing${where} (${doing}); free some space and build again.`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied for${where} (${doing}); errata needs to read the content folder and write --out, the folder beside it and .errata-cache/.`;
    case 'EROFS':
      return `${path ?? 'a path'} is on a read-only file system (${doing}); give an --out on a writable one.`;
    case 'ENOTDIR':
      return `a part of${where} is a file, not a folder (${doing}).`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files (${doing}); raise the limit (ulimit -n) or build with --jobs 1.`;
    default:
      return undefined;
  }
}
type Question = { question: unknown; id: number };
/** A count the child reports as it works (`reportProgress`): no reply. */
type Progress = { progress: unknown };
type Reply = { reply: unknown; id: number };

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  what: string;
  /** Answers the child's questions; a child that asks none needs none. */
  answer?: (question: never) => unknown;
  /** Stops the child, when another part of the build has failed. */
  signal?: AbortSignal;
  /** Node options for the child (default: this process's). */
  execArgv?: string[];
  /** What to try when the process dies, e.g. "build with --jobs 1". */
  advice?: string;
  /** Takes what the child reports as it works (`reportProgress`); a child that reports nothing needs none. */
  onProgress?: (progress: never) => void;
}

export function runChild<Request, Result>(entry: URL, request: Request, options: ChildOptions): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    // Where the child notes what it is working on (`workingOn`): read if it dies.
    const progress = join(tmpdir(), `errata-step-${process.pid}-${++children}.txt`);
    const child = fork(fileURLToPath(entry), [], {
      cwd: options.cwd,
      env: { ...options.env, ERRATA_STEP_PROGRESS: progress },
      stdio: ['inherit', 'inherit', 'pipe', 'ipc'],
      serialization: 'advanced',
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.execArgv ? { execArgv: [...process.execArgv, ...options.execArgv] } : {}),
    });
    // An aborted child ends with an 'error' event; its 'close' rejects the promise.
    child.on('error', () => {});
    const stderr = forwardStderr(child.stderr!);
    let answer: Answer<Result> | undefined;
    child.on('message', (message: Answer<Result> | Question | Progress) => {
      if ('progress' in message) {
        options.onProgress?.(message.progress as never);
        return;
      }
      if ('question' in message) {
        Promise.resolve()
          .then(() => options.answer!(message.question as never))
          .then((reply) => child.send({ reply, id: message.id } satisfies Reply))
          .catch((error: unknown) => {
            child.kill();
            reject(error);
          });
        return;
      }
      answer = message;
    });
    // Settled once the child has gone, not when it answers: a child that has answered still
    // holds its memory until it exits, and the next step must not start beside it (the check
    // child, at ~600 MB on live-sxs, beside the starting render shares). 'close' comes after
    // the exit and after the IPC channel has delivered every message.
    child.on('close', (code, signal) => {
      const working = lastWorkedOn(progress);
      if (answer?.ok) resolve(answer.result);
      else if (answer) reject(childFailure(options.what, answer.error));
      else if (options.signal?.aborted)
        reject(new StepFailed(`${options.what} was stopped: another step of the build failed.`));
      else reject(new StepFailed(deathMessage(options, code, signal, stderr.outOfMemory, working)));
    });
    child.send(request as object);
  });
}

const waiting = new Map<number, (reply: unknown) => void>();
let lastQuestion = 0;

/** The child side: answer the one request, then exit. */
export function serveRequest<Request, Result>(handle: (request: Request) => Promise<Result>): void {
  process.once('message', (request: Request) => {
    process.on('message', (message: Reply) => {
      waiting.get(message.id)?.(message.reply);
      waiting.delete(message.id);
    });
    Promise.resolve()
      .then(() => testFailure(request))
      .then(() => handle(request))
      .then(
        (result) => process.send!({ ok: true, result } satisfies Answer<Result>, () => process.exit(0)),
        (error: unknown) =>
          process.send!({ ok: false, error: childError(error) } satisfies Answer<Result>, () => process.exit(1)),
      );
  });
}

/** From inside `serveRequest`'s handler: a question to the parent, and its reply. */
export function askParent<Question, Reply>(question: Question): Promise<Reply> {
  const id = ++lastQuestion;
  return new Promise<Reply>((resolve) => {
    waiting.set(id, resolve as (reply: unknown) => void);
    // Node lets a child's IPC channel stop holding the process open; a question in flight must.
    process.channel?.ref();
    process.send!({ question, id });
  });
}

let lastReport = 0;

/**
 * From inside a step's process: how far it is (a count the parent's `onProgress` reads), at
 * most every 200 ms unless `final`; nothing outside a step's process (errata dev, tests).
 */
export function reportProgress(progress: unknown, final = false): void {
  if (!process.env.ERRATA_STEP_PROGRESS || !process.send || !process.connected) return;
  const now = performance.now();
  if (!final && now - lastReport < 200) return;
  lastReport = now;
  process.send({ progress } satisfies Progress);
}

function childError(error: unknown): ChildError {
  if (!(error instanceof Error)) return { message: String(error), stack: String(error) };
  const { code, path } = error as NodeJS.ErrnoException;
  return {
    message: error.message,
    stack: error.stack ?? error.message,
    ...(code ? { code } : {}),
    ...(path ? { path } : {}),
  };
}

function childFailure(what: string, error: ChildError): Error {
  const fileSystem = fileSystemMessage(error.code, error.path, what);
  if (fileSystem) return new FileSystemFailure(fileSystem, error.code!, error.path);
  // A mistake of errata's own: its stack is what a bug report needs.
  return new StepFailed(`${what} failed: ${error.message}\n${error.stack}`);
}

function deathMessage(
  options: ChildOptions,
  code: number | null,
  signal: NodeJS.Signals | null,
  outOfMemory: boolean,
  working: string | undefined,
): string {
  const cause = outOfMemory
    ? 'it ran out of memory (its JavaScript heap was full)'
    : signal === 'SIGKILL'
      ? 'it was killed (SIGKILL: usually the system running out of memory)'
      : signal
        ? `it was stopped by the signal ${signal}`
        : `it exited with code ${code} without an answer`;
  const advice =
    options.advice ?? 'build with --jobs 1, or fewer locales at once (--locales a,b, or --shard i/N of "errata plan")';
  const file = working ? ` while working on ${working}` : '';
  return `${options.what} stopped${file}: ${cause}. Try: ${advice}.`;
}

/**
 * Passes the child's error output on as it comes, except what V8 prints when the heap is
 * full (the last collections and a native stack trace): the parent says it in one line.
 */
function forwardStderr(stream: NodeJS.ReadableStream): { outOfMemory: boolean } {
  const state = { outOfMemory: false };
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (/^<--- Last few GCs --->|JavaScript heap out of memory|^FATAL ERROR:/.test(line)) state.outOfMemory = true;
      if (!state.outOfMemory) process.stderr.write(`${line}\n`);
    }
  });
  stream.on('end', () => {
    if (pending && !state.outOfMemory && !/JavaScript heap out of memory/.test(pending)) process.stderr.write(pending);
    if (/JavaScript heap out of memory/.test(pending)) state.outOfMemory = true;
  });
  return state;
}

/**
 * Tests make a step's process die as a real failure would: ERRATA_TEST_STEP_FAILURE=
 * <entry file>:signal (killed by SIGKILL), <entry file>:heap (fills its heap) or
 * <entry file>:enospc (a write finds the disk full), e.g. build-share-process:heap. Unset in
 * every real build.
 */
function testFailure(request: unknown): void {
  const wanted = process.env.ERRATA_TEST_STEP_FAILURE;
  if (!wanted) return;
  const [entry, how] = wanted.split(':');
  if (basename(process.argv[1] ?? '').replace(/\.ts$/, '') !== entry) return;
  if (how === 'signal') process.kill(process.pid, 'SIGKILL');
  if (how === 'enospc') {
    const path = `${(request as { outDir?: string }).outDir ?? process.cwd()}/index.html`;
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      syscall: 'write',
      path,
    });
  }
  if (how === 'heap') {
    const hoard: unknown[] = [];
    for (;;) hoard.push(new Array(1 << 16).fill({ hoard }));
  }
}

let children = 0;

/** What the child last noted, and the note removed. */
function lastWorkedOn(progress: string): string | undefined {
  try {
    return readFileSync(progress, 'utf8').split('\n')[0] || undefined;
  } catch {
    return undefined;
  } finally {
    rmSync(progress, { force: true });
  }
}

let progressFd: number | undefined;

/**
 * From inside a step's process: what it starts working on now (a file, relative to the
 * content folder), so that if the process dies the parent can name it. A write of a few
 * bytes at the start of a small file, synchronous, so it is on record even when the process
 * is killed the next moment (a message would still be queued).
 */
export function workingOn(what: string | undefined): void {
  const file = process.env.ERRATA_STEP_PROGRESS;
  if (!file || what === undefined) return;
  progressFd ??= openSync(file, 'w');
  writeSync(progressFd, `${what}\n`, 0);
  if (
    process.env.ERRATA_TEST_STEP_FAILURE === `${basename(process.argv[1] ?? '').replace(/\.ts$/, '')}:signal@${what}`
  ) {
    closeSync(progressFd);
    process.kill(process.pid, 'SIGKILL');
  }
}
