/**
 * One request to a child process and its one answer, over Node's IPC channel, with
 * questions from the child to the parent in between (`askParent`). The build runs Astro
 * and Pagefind in children: each keeps its memory to itself, and two run at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { basename } from 'node:path';
import { releaseMemory } from './collect-garbage.ts';
import { fileURLToPath } from 'node:url';

/** A failure the child caught: its message and stack, and the file-system code and path when it has them. */
interface ChildError {
  message: string;
  stack: string;
  code?: string;
  path?: string;
}
/** A failed answer is a process's last, a service's too (serveRequest). */
type Answer<T> = { ok: true; result: T } | { ok: false; error: ChildError };
/** A service's process past its memory bound gives the request back, unanswered, and ends (serveRequest). */
type HandedBack = { handedBack: true };

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
    const child = forkStep(entry, options, false, {
      answered: () => {},
      // Settled once the child has gone, not when it answers: a child that has answered still
      // holds its memory until it exits, and the next step must not start beside it (the check
      // child, at ~600 MB on live-sxs, beside the starting render shares). 'close' comes after
      // the exit and after the IPC channel has delivered every message.
      closed: (answer, death) => {
        if (answer && 'ok' in answer && answer.ok) resolve(answer.result as Result);
        else if (answer && 'ok' in answer) reject(childFailure(options.what, answer.error));
        else reject(death());
      },
      failed: reject,
    });
    child.send(request as object);
  });
}

/**
 * A step's process that answers one request after another, for a step whose start is dear
 * against its work (the layout: a process, then Astro's import, ~1.2 s a batch; the search: a
 * process a locale, ~0.4 s). Each request settles when it is answered; the process stays for
 * the next and, if it `waits` meanwhile, gives its memory back (serveRequest). One that still
 * holds more than `recycleMb` when the next request comes hands it back unanswered and ends,
 * and a fresh process takes it, so nothing that grows with the batches done stays. A request
 * that fails ends the process too. `close()` ends it.
 */
export class ChildService<Request, Result> {
  readonly #entry: URL;
  readonly #options: ServiceOptions;
  #child: ChildProcess | undefined;
  #current: Pending<Request, Result> | undefined;
  /** Resolves when the last process started has gone (at once when none has). */
  #gone: Promise<void> = Promise.resolve();
  /** Whether a process of this service is running or ending. */
  #running = false;

  constructor(entry: URL, options: ServiceOptions) {
    this.#entry = entry;
    this.#options = options;
  }

  /** `each`: what this request is (for a failure's message) and its progress. */
  async request(request: Request, each: Pick<ChildOptions, 'what' | 'advice' | 'onProgress'>): Promise<Result> {
    // A process that is ending ends before the next starts; a live one takes the request.
    if (!this.#child) await this.#gone;
    if (this.#current) throw new Error('errata: a step service answers one request at a time');
    return new Promise<Result>((resolve, reject) => {
      this.#current = { request, options: { ...this.#options, ...each }, resolve, reject };
      this.#send();
    });
  }

  /**
   * Starts the process now rather than at the first request, so that its start overlaps what
   * the caller does meanwhile; not while another of this service's processes runs or ends.
   */
  start(): void {
    if (!this.#running) this.#child = this.#start();
  }

  /** Ends the process, if one is running; resolves once it has gone. */
  close(): Promise<void> {
    // Asked to end, not disconnected: a child the parent disconnects never 'close's (Node 24),
    // and 'close' is what settles.
    this.#child?.send({ serviceEnd: true });
    this.#child = undefined;
    return this.#gone;
  }

  #send(): void {
    this.#child ??= this.#start();
    this.#child.send({ serviceRequest: this.#current!.request });
  }

  #start(): ChildProcess {
    let gone!: () => void;
    this.#gone = new Promise<void>((resolve) => (gone = resolve));
    this.#running = true;
    const settle = (how: (current: Pending<Request, Result>) => void) => {
      const current = this.#current;
      this.#current = undefined;
      if (current) how(current);
    };
    const env = {
      ...this.#options.env,
      ERRATA_CHILD_SERVICE: String(this.#options.recycleMb),
      ...(this.#options.waits ? {} : { ERRATA_CHILD_BUSY: '1' }),
    };
    return forkStep(this.#entry, { ...this.#options, env, what: 'a step' }, true, {
      progress: (progress) => this.#current?.options.onProgress?.(progress as never),
      answer: (question) => this.#current!.options.answer!(question as never),
      answered: (answer) => {
        // Handed back (recycled) or failed: it ends, and what comes next waits until it has gone.
        if ('handedBack' in answer || !answer.ok) this.#child = undefined;
        else settle(({ resolve }) => resolve(answer.result as Result));
      },
      closed: (answer, death) => {
        this.#child = undefined;
        this.#running = false;
        gone();
        if (answer && 'handedBack' in answer && this.#current) return this.#send();
        settle(({ options, resolve, reject }) => {
          if (answer && 'ok' in answer && answer.ok) resolve(answer.result as Result);
          else if (answer && 'ok' in answer) reject(childFailure(options.what, answer.error));
          else reject(death(options));
        });
      },
      failed: (error) => settle(({ reject }) => reject(error)),
    });
  }
}

type ServiceOptions = Omit<ChildOptions, 'what' | 'advice' | 'onProgress'> & {
  recycleMb: number;
  /**
   * Whether the process waits between requests while other steps run (the layout's, from one
   * batch to the next), and so gives its memory back after each; not when the requests come
   * one after another (the search's locales): that collection (~0.3 s) would delay the next.
   */
  waits: boolean;
};

interface Pending<Request, Result> {
  request: Request;
  options: ChildOptions;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

interface StepEvents {
  /** Passed the child's progress reports; default the options' onProgress. */
  progress?: (progress: unknown) => void;
  /** Answers the child's questions; default the options' answer. */
  answer?: (question: unknown) => unknown;
  /** Each answer, as it comes. */
  answered: (answer: Answer<unknown> | HandedBack) => void;
  /** The child has gone: its last answer, if any; else why it died (for the step `options` name). */
  closed: (answer: Answer<unknown> | HandedBack | undefined, death: (options?: ChildOptions) => Error) => void;
  /** Answering one of its questions failed: the child is stopped. */
  failed: (error: unknown) => void;
}

/** A step's process, forked, its messages and end passed to `events`. */
function forkStep(entry: URL, options: ChildOptions, service: boolean, events: StepEvents): ChildProcess {
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
  let answer: Answer<unknown> | HandedBack | undefined;
  child.on('message', (message: Answer<unknown> | HandedBack | Question | Progress) => {
    if ('progress' in message) {
      (events.progress ?? options.onProgress)?.(message.progress as never);
      return;
    }
    if ('question' in message) {
      Promise.resolve()
        .then(() => (events.answer ?? options.answer!)(message.question as never))
        .then((reply) => child.send({ reply, id: message.id } satisfies Reply))
        .catch((error: unknown) => {
          child.kill();
          events.failed(error);
        });
      return;
    }
    answer = message;
    events.answered(message);
  });
  child.on('close', (code, signal) => {
    const working = lastWorkedOn(progress);
    // A service's answer that settled its request is not the end's.
    const last = service && answer && 'ok' in answer && answer.ok ? undefined : answer;
    events.closed(last, (named = options) =>
      named.signal?.aborted
        ? new StepFailed(`${named.what} was stopped: another step of the build failed.`)
        : new StepFailed(deathMessage(named, code, signal, stderr.outOfMemory, working)),
    );
  });
  return child;
}

const waiting = new Map<number, (reply: unknown) => void>();
let lastQuestion = 0;

/**
 * The child side: answer the one request, then exit; or, in a ChildService's process, answer
 * each request as it comes and give the memory back while it waits for the next (releaseMemory;
 * not in a service whose requests come one after another). A request that comes when the
 * process still holds more than the service's `recycleMb` is handed back; a failed one is
 * answered; either way the process ends.
 */
export function serveRequest<Request, Result>(handle: (request: Request) => Promise<Result>): void {
  const recycleMb = Number(process.env.ERRATA_CHILD_SERVICE) || undefined;
  const waits = !process.env.ERRATA_CHILD_BUSY;
  const send = (answer: Answer<Result> | HandedBack, exit?: number, then?: () => void) =>
    process.send!(answer, () => {
      if (exit !== undefined) process.exit(exit);
      then?.();
    });
  const serve = (request: Request) =>
    Promise.resolve()
      .then(() => testFailure(request))
      .then(() => handle(request))
      .then(
        (result) =>
          recycleMb
            ? send({ ok: true, result }, undefined, waits ? releaseMemory : undefined)
            : send({ ok: true, result }, 0),
        (error: unknown) => send({ ok: false, error: childError(error) }, 1),
      );
  const replied = (message: Reply) => {
    waiting.get(message.id)?.(message.reply);
    waiting.delete(message.id);
  };
  if (recycleMb) {
    let served = 0;
    process.on('message', (message: Reply | { serviceRequest: Request } | { serviceEnd: true }) => {
      if ('serviceEnd' in message) process.exit(0);
      else if (!('serviceRequest' in message)) replied(message);
      // A fresh process takes its first request whatever it holds: it has nothing to give back.
      else if (served++ > 0 && process.memoryUsage.rss() > recycleMb * 2 ** 20) send({ handedBack: true }, 0);
      else void serve(message.serviceRequest);
    });
    // The build has gone without ending it.
    process.on('disconnect', () => process.exit(0));
    return;
  }
  process.once('message', (request: Request) => {
    process.on('message', replied);
    void serve(request);
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
