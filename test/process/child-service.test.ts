/**
 * A step's process kept from batch to batch (ChildService: the build's layout): one process
 * answers request after request, gives its memory back while it waits, is replaced when it
 * holds too much or fails, and is gone once closed.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ChildService } from '../../src/process/child-process.ts';
import { tempDir } from '../helpers/content.ts';

interface Answer {
  pid: number;
  result: number;
  heldBeforeMb: number;
  heldAfterMb: number;
}

const services: Array<ChildService<object, Answer>> = [];

function service(recycleMb = 1000, env: NodeJS.ProcessEnv = process.env): ChildService<object, Answer> {
  const made = new ChildService<object, Answer>(new URL('./fixtures/echo-service.ts', import.meta.url), {
    cwd: process.cwd(),
    env,
    recycleMb,
    waits: true,
    answer: () => 3,
  });
  services.push(made);
  return made;
}

const each = { what: 'The echo step', advice: 'none' };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A service whose processes note their pid in `file` as they start (fixtures/echo-service.ts). */
function noted(): { echo: ChildService<object, Answer>; file: string } {
  const dir = tempDir('errata-echo-');
  dirs.push(dir);
  const file = join(dir, 'started');
  return { echo: service(1000, { ...process.env, ECHO_STARTED_FILE: file }), file };
}

/** The pid a process noted as it started, once it has. */
async function startedPid(file: string): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 20) {
    if (existsSync(file) && readFileSync(file, 'utf8')) return Number(readFileSync(file, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the process never started');
}

describe('a step process kept from one request to the next', () => {
  it('answers each request in the same process, its questions answered, and is gone once closed', async () => {
    const echo = service();
    const first = await echo.request({ n: 2 }, each);
    const second = await echo.request({ n: 5 }, each);
    expect([first.result, second.result]).toEqual([6, 15]);
    expect(second.pid).toBe(first.pid);
    await echo.close();
    expect(alive(first.pid)).toBe(false);
  });

  it('hands a request to a fresh process when the one it has holds more than its bound', async () => {
    // A bound below what any Node process holds: every request after the first finds it passed.
    const echo = service(1);
    const answers = [];
    for (const n of [1, 2, 3]) answers.push(await echo.request({ n }, each));
    expect(answers.map((a) => a.result)).toEqual([3, 6, 9]);
    expect(new Set(answers.map((a) => a.pid)).size).toBe(3);
  });

  it('names the step when a request fails, and answers the next in a fresh process', async () => {
    const echo = service();
    const before = await echo.request({ n: 1 }, each);
    await expect(echo.request({ n: 1, fail: true }, each)).rejects.toThrow(/The echo step failed: asked to fail/);
    const after = await echo.request({ n: 4 }, each);
    expect(after.result).toBe(12);
    expect(after.pid).not.toBe(before.pid);
  });

  it('gives back the memory a request left before the next comes', async () => {
    const echo = service();
    // ~400 MB of small objects, let go as the answer goes.
    const first = await echo.request({ n: 1, garbageMb: 400 }, each);
    expect(first.heldAfterMb).toBeGreaterThan(300);
    const next = await echo.request({ n: 1 }, each);
    expect(next.pid).toBe(first.pid);
    // Given back between the two: V8 alone gives it back only after ~8 s of idling (its memory reducer).
    expect(next.heldBeforeMb).toBeLessThan(150);
  }, 30_000);

  it('starts its process ahead when asked, and that process answers the first request', async () => {
    const { echo, file } = noted();
    echo.start();
    // Started before any request: the process is there while nothing has been asked of it.
    const pid = await startedPid(file);
    expect(alive(pid)).toBe(true);
    const answer = await echo.request({ n: 2 }, each);
    expect(answer.pid).toBe(pid);
    expect(answer.result).toBe(6);
  });

  it('starts no second process beside one that runs, and ends one started ahead that was never asked', async () => {
    const { echo, file } = noted();
    const first = await echo.request({ n: 1 }, each);
    echo.start();
    expect((await echo.request({ n: 1 }, each)).pid).toBe(first.pid);
    await echo.close();
    expect(alive(first.pid)).toBe(false);

    rmSync(file);
    echo.start();
    const pid = await startedPid(file);
    await echo.close();
    expect(alive(pid)).toBe(false);
  });
});
