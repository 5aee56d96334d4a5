/**
 * Article body Markdown → finished, safe HTML plus the facts the site needs (title, table
 * of contents, plain text). One unified processor serves every article: building it is
 * the expensive part, and nothing in it depends on the article.
 */
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeAlerts } from './rehype-alerts.ts';
import { rehypeHeadings } from './rehype-headings.ts';
import { rehypeHtmlAllowlist } from './rehype-html-allowlist.ts';
import { rehypeLinksAndMedia } from './rehype-links-and-media.ts';
import { rehypeLtrCode } from './rehype-ltr-code.ts';
import { rehypeSideBySide } from './rehype-side-by-side.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { remarkLazyAutolinkLiterals } from './remark-lazy-autolink-literals.ts';
import { parseSideBySide, remarkSideBySideFastPath } from './side-by-side-fast-path.ts';
import type { RenderData, RenderedArticle, RenderOptions } from './rendered-article.ts';
import { blockText } from './visible-text.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLazyAutolinkLiterals)
  .use(remarkSideBySideFastPath)
  // Raw HTML is carried into hast only so rehypeHtmlAllowlist can rebuild it as elements.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeHtmlAllowlist)
  .use(rehypeSideBySide)
  .use(rehypeAlerts)
  .use(rehypeHeadings)
  .use(rehypeLinksAndMedia)
  .use(rehypeLtrCode)
  .use(rehypeTableScroll)
  // Without allowDangerousHtml: a raw node that survived by mistake is escaped, never injected.
  // Named references keep escaped placeholders readable in the output: `&lt;MailboxName>`.
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

export function renderArticle(markdown: string, options: RenderOptions): RenderedArticle {
  const data: RenderData = { options, headings: [], hasSideBySide: false };
  const file = { value: markdown, data: data as unknown as Record<string, unknown> };
  const parse = (text: string) => processor.parse(text);
  const tree = processor.runSync(options.fastPath === false ? parse(markdown) : parseSideBySide(markdown, parse), file) as Root;
  const rendered: RenderedArticle = {
    html: processor.stringify(tree),
    headings: data.headings,
    text: blockText(tree),
    hasSideBySide: data.hasSideBySide,
  };
  if (data.title !== undefined) rendered.title = data.title;
  return rendered;
}
