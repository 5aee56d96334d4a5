/**
 * One request to a child process and its one answer, over Node's IPC channel, with
 * questions from the child to the parent in between (`askParent`). The build runs Astro
 * and Pagefind in children: each keeps its memory to itself, and two run at once.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Answer<T> = { ok: true; result: T } | { ok: false; error: string };
type Question = { question: unknown; id: number };
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
}

export function runChild<Request, Result>(entry: URL, request: Request, options: ChildOptions): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const child = fork(fileURLToPath(entry), [], {
      cwd: options.cwd, env: options.env, stdio: 'inherit', serialization: 'advanced',
      ...(options.signal ? { signal: options.signal } : {}), ...(options.execArgv ? { execArgv: [...process.execArgv, ...options.execArgv] } : {}),
    });
    // An aborted child ends with an 'error' event; its 'close' rejects the promise.
    child.on('error', () => {});
    let answer: Answer<Result> | undefined;
    child.on('message', (message: Answer<Result> | Question) => {
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
    child.on('close', (code) => {
      if (!answer) reject(new Error(`${options.what} stopped (exit code ${code}).`));
      else if (answer.ok) resolve(answer.result);
      else reject(new Error(`${options.what} failed:\n${answer.error}`));
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
    handle(request).then(
      (result) => process.send!({ ok: true, result } satisfies Answer<Result>, () => process.exit(0)),
      (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Answer<Result>, () => process.exit(1)),
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
