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

let gc: (() => void) | undefined;

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
