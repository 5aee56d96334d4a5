/** Colour in the CLI's output: through node:util styleText, which honours NO_COLOR, FORCE_COLOR and whether the stream is a terminal. */
import { styleText } from 'node:util';

/** Whether styleText colours what goes to `stream`: asked of styleText itself, so the CLI decides as Node does. */
export function colorsFor(stream: NodeJS.WriteStream = process.stdout): boolean {
  return styleText('red', 'x', { stream }) !== 'x';
}

/**
 * Styles text when `color` says to (colorsFor, asked once), else leaves it plain: the formatters
 * take that decision as given, so styleText need not ask the stream again.
 */
export function painter(color: boolean): (style: Parameters<typeof styleText>[0], text: string) => string {
  return (style, text) => (color ? styleText(style, text, { validateStream: false }) : text);
}
