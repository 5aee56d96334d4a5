/** Peak memory of a command and every process it starts, sampled from /proc (Linux). */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { median } from '../test/helpers/corpus.ts';

/** Each process of the tree under `root`: what it runs (its script or program) and its resident memory. */
export function treeRss(root: number): Array<{ name: string; bytes: number }> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const processes: Array<{ name: string; bytes: number }> = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) processes.push({ name: processName(pid), bytes: Number(rss[1]) * 1024 });
    } catch {
      continue;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return processes;
}

/** `check-process.ts` for a Node script, else the program's own name (`pagefind_extended`). */
function processName(pid: number): string {
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const script = args.find((arg, i) => i > 0 && /\.(ts|js|mjs)$/.test(arg));
  return (script ?? args[0] ?? '?').split('/').pop()!;
}

export interface Measured {
  ms: number;
  peakBytes: number;
  /** When the peak was (ms after the start), and each process's memory then, largest first. */
  peak: { atMs: number; processes: Array<{ name: string; bytes: number }> };
  /** Each step's own peak: the most memory any one process of that name had, largest first. */
  steps: Array<{ name: string; bytes: number }>;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `echo`: takes each line of the command's output as it comes (a build's progress lines: its
 * output is a pipe, so it prints plain lines, one as each step ends on each batch), besides
 * keeping it all in `stdout`.
 */
export function measure(
  command: string,
  args: string[],
  cwd: string,
  options: { echo?: (line: string) => void } = {},
): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (!options.echo) return;
      const lines = (pending + String(chunk)).split('\n');
      pending = lines.pop()!;
      for (const line of lines) options.echo(line);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peakBytes = 0;
    let peak: Measured['peak'] = { atMs: 0, processes: [] };
    const steps = new Map<string, number>();
    const timer = setInterval(() => {
      const processes = treeRss(child.pid!);
      for (const p of processes) steps.set(p.name, Math.max(steps.get(p.name) ?? 0, p.bytes));
      const total = processes.reduce((sum, p) => sum + p.bytes, 0);
      if (total <= peakBytes) return;
      peakBytes = total;
      peak = { atMs: performance.now() - started, processes: processes.sort((a, b) => b.bytes - a.bytes) };
    }, 100);
    child.on('exit', (status) => {
      clearInterval(timer);
      const byStep = [...steps].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
      resolve({ ms: performance.now() - started, peakBytes, peak, steps: byStep, status, stdout, stderr });
    });
  });
}

/** The median wall time and peak memory of runs of one command. */
export function medians(runs: readonly Measured[]): { ms: number; peak: number } {
  return { ms: median(runs.map((r) => r.ms)), peak: median(runs.map((r) => r.peakBytes)) };
}

/** `12.3 s`, as the benches print times. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `836 MB`, as the benches print memory. */
export function mb(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
