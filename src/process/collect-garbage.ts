/**
 * A full garbage collection now, for a process of the build that has just let go of a
 * bounded part of the work (a batch) and goes on to the next. V8 collects its old space late,
 * when the heap has grown well past what is alive: the build's parent holds ~31 MB alive at
 * every batch of the 30 live-sxs locales, yet its memory reached 341–374 MB by the fifteenth
 * batch; collected after each batch, it stays at 195–235 MB (and the collection takes a few
 * milliseconds a batch). Node hands out its collector only with --expose-gc, which a command
 * cannot pass to itself: set at run time, the flag gives `gc` to a new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collector = (options?: { type: 'major'; execution: 'sync'; flavor: 'regular' | 'last-resort' }) => void;

let gc: Collector | undefined;

function collector(): Collector {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Collector;
  }
  return gc;
}

export function collectGarbage(): void {
  collector()();
}

/**
 * Collects as V8 does when memory runs out ('last-resort': several full collections that also
 * give the emptied heap pages back to the system), for a process that goes idle holding
 * memory it no longer needs. A plain collection frees the objects but keeps the pages: on
 * Node 24, 3 M small objects let go, a plain one left the process at 523 MB; this one at 69 MB
 * (~350 ms). The layout's process, idle between batches, held ~500 MB after a plain one.
 */
export function releaseMemory(): void {
  collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
