/**
 * One request to a child process and its one answer, over Node's IPC channel. The build
 * runs Astro and Pagefind in children: each keeps its memory to itself, and two run at once.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type Answer<T> = { ok: true; result: T } | { ok: false; error: string };

export function runChild<Request, Result>(entry: URL, request: Request, options: { cwd: string; env: NodeJS.ProcessEnv; what: string }): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const child = fork(fileURLToPath(entry), [], { cwd: options.cwd, env: options.env, stdio: 'inherit', serialization: 'advanced' });
    let answered = false;
    child.on('message', (message: Answer<Result>) => {
      answered = true;
      if (message.ok) resolve(message.result);
      else reject(new Error(`${options.what} failed:\n${message.error}`));
    });
    child.on('exit', (code) => {
      if (!answered) reject(new Error(`${options.what} stopped (exit code ${code}).`));
    });
    child.send(request as object);
  });
}

/** The child side: answer the one request, then exit. */
export function serveRequest<Request, Result>(handle: (request: Request) => Promise<Result>): void {
  process.once('message', (request: Request) => {
    handle(request).then(
      (result) => process.send!({ ok: true, result } satisfies Answer<Result>, () => process.exit(0)),
      (error: unknown) => process.send!({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Answer<Result>, () => process.exit(1)),
    );
  });
}
