/** Colour in the CLI's output: through node:util styleText, which honours NO_COLOR, FORCE_COLOR and whether the stream is a terminal. */
import { styleText } from 'node:util';

/** Whether styleText colours what goes to `stream`: asked of styleText itself, so the CLI decides as Node does. */
export function colorsFor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return styleText('red', 'x', { stream }) !== 'x';
}
