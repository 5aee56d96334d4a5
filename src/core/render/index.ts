/** The core Markdown renderer: article body in, finished and sanitized HTML out. */
export { renderArticle } from './render-article.ts';
export type { RenderedArticle, RenderedHeading, RenderOptions } from './rendered-article.ts';
export {
  DEFAULT_MARKDOWN_ENGINE,
  isMarkdownEngine,
  MARKDOWN_ENGINES,
  type MarkdownEngine,
} from './markdown/engine-names.ts';
