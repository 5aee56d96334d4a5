/**
 * The build's frame store (build/frame-store.ts), read by `errata dev`: a frame laid out by
 * any build or dev run of the same template hash is reused as it is.
 */
import { parseFrame, type ParsedFrame } from '../build/page-frames.ts';
import { storedFrame } from '../build/frame-store.ts';

export function readFrame(templateHash: string, id: string): ParsedFrame | undefined {
  const html = storedFrame(templateHash, id);
  return html === undefined ? undefined : parseFrame(html);
}
