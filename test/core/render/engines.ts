/** The renderer tests run once per Markdown engine: errata's behaviour and safety must not depend on the parser. */
import {
  MARKDOWN_ENGINES,
  renderArticle,
  type MarkdownEngine,
  type RenderedArticle,
  type RenderOptions,
} from '../../../src/core/render/index.ts';

export const ENGINES = MARKDOWN_ENGINES;

export interface EngineRender {
  /** An article of `locale` (default en-us) at the top of its locale folder. */
  render(markdown: string, locale?: string): RenderedArticle;
  /** renderArticle with this engine. */
  renderArticle(markdown: string, options: RenderOptions): RenderedArticle;
}

export function renderWith(engine: MarkdownEngine): EngineRender {
  return {
    render: (markdown, locale = 'en-us') => renderArticle(markdown, { locale, base: `/${locale}/`, markdown: engine }),
    renderArticle: (markdown, options) => renderArticle(markdown, { ...options, markdown: engine }),
  };
}
