/**
 * Names the type of each file start it is given with `file-type`, for sniff-media.ts, which waits
 * for the answer synchronously: the answer is posted on `port`, then `signal` is raised. It is
 * always raised, even when file-type cannot be loaded (every answer is then undefined), so
 * the waiting thread never waits for a worker that failed.
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';

interface SniffRequest {
  port: MessagePort;
  signal: Int32Array;
  heads: Uint8Array[];
}

const { port, signal, heads } = workerData as SniffRequest;
const answers: Array<{ ext: string; mime: string } | undefined> = heads.map(() => undefined);
try {
  const { fileTypeFromBuffer } = await import('file-type');
  for (const [i, head] of heads.entries()) {
    const type = await fileTypeFromBuffer(head);
    if (type) answers[i] = { ext: type.ext, mime: type.mime };
  }
} catch {
  // Unknown stays unknown: the file is then refused as bytes errata does not recognise.
} finally {
  port.postMessage(answers);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
