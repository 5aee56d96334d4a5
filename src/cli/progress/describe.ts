/** How a build's progress reads, in words: the same in a terminal's live lines and in CI's plain lines. */
import type { StepProgress } from '../../pipeline/build-progress.ts';

/** `87,012` */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `1 page`, `2 pages` */
export function units(n: number, unit: string): string {
  return `${count(n)} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/** `850 ms`, `14.2 s`, `3m 05s` */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/** Units per second so far, once there is something to go by. */
export function rate(done: number, ms: number): number | undefined {
  return done > 0 && ms >= 500 ? done / (ms / 1000) : undefined;
}

/** Time left at the rate so far. */
export function eta(done: number, total: number, ms: number): number | undefined {
  const r = rate(done, ms);
  return r === undefined || done >= total ? undefined : ((total - done) / r) * 1000;
}

/** `[batch 3/15] ` when the build has batches; nothing for a build in one. */
export function batchPrefix(event: { batch: number; batches: number }): string {
  return event.batches > 1 ? `[batch ${event.batch}/${event.batches}] ` : '';
}

const PHASES: Record<string, string> = {
  astro: 'Astro laying out',
  pages: 'writing pages',
  facts: 'summing up the site facts',
  check: 'checking',
};

/** What the step is doing now, in a word or two (the layout's phase, the locale search indexed last). */
export function phase(event: StepProgress): string | undefined {
  if (!event.phase) return undefined;
  return PHASES[event.phase] ?? (event.step === 'search' ? `${event.phase} indexed` : event.phase);
}

/** `3,104/5,812 pages (53%), 402 pages/s, about 7.0 s left`: a step under way. */
export function under(event: StepProgress): string {
  const r = rate(event.done, event.ms);
  const left = eta(event.done, event.total, event.ms);
  const percent = event.total > 0 ? ` (${Math.floor((event.done / event.total) * 100)}%)` : '';
  return [
    `${count(event.done)}/${count(event.total)} ${event.unit}${percent}`,
    ...(r === undefined ? [] : [`${count(r)} ${event.unit}/s`]),
    ...(left === undefined ? [] : [`about ${duration(left)} left`]),
    `${duration(event.ms)} so far`,
  ].join(', ');
}

/** `5,812 pages in 14.2 s (409 pages/s)`: a step done. */
export function finished(event: StepProgress): string {
  const r = rate(event.done, event.ms);
  return `${units(event.done, event.unit)} in ${duration(event.ms)}${r === undefined || event.unit === 'locales' ? '' : ` (${count(r)} ${event.unit}/s)`}`;
}
