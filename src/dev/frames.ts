/**
 * The build's frame store (pages/frame-store.ts), read by `errata dev`: a frame laid out by
 * any build or dev run of the same template hash is reused as it is.
 */
import { parseFrame, type ParsedFrame } from '../pages/page-frames.ts';
import { storedFrame } from '../pages/frame-store.ts';

export function readFrame(templateHash: string, id: string): ParsedFrame | undefined {
  const html = storedFrame(templateHash, id);
  return html === undefined ? undefined : parseFrame(html);
}
