/**
 * The Markdown engines errata can render with, by name (engines.ts has the engines): what the
 * command line checks `--markdown` against, without loading either engine into the build's
 * parent process, which renders nothing.
 */
export const MARKDOWN_ENGINES = ['satteri', 'reference'] as const;
export type MarkdownEngine = (typeof MARKDOWN_ENGINES)[number];
export const DEFAULT_MARKDOWN_ENGINE: MarkdownEngine = 'satteri';

export function isMarkdownEngine(name: string): name is MarkdownEngine {
  return (MARKDOWN_ENGINES as readonly string[]).includes(name);
}
