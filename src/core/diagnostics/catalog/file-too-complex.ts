import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-too-complex',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary: 'lists or quotes nested too deep, too many lines, a table too large to render',
  docs: 'An article shaped like no real article — lists or block quotes nested more than 64 levels deep, HTML elements nested more than 256 deep, more than 20,000 lines, a table of more than 2,000 rows or 20,000 cells — would run the renderer out of stack or memory and stop the whole build. Such a file is refused before it is rendered; everything else is built. The limits are far above the largest real article (see docs/safety.md, "What is never built"), so reaching one means generated or damaged content: split the article or flatten its nesting.',
  messages: {
    nesting: {
      message: 'Lists or block quotes are nested more than {{limit}} levels deep here: the article is not built.',
      hint: 'Flatten the nesting: no article needs more than a few levels of lists or quotes.',
    },
    htmlNesting: {
      message: 'HTML elements are nested more than {{limit}} deep here: the article is not built.',
      hint: 'Close the HTML elements you open (</div>, </span>), or write the structure in Markdown.',
    },
    table: {
      message: 'The table starting here has more than {{limit}}: the article is not built.',
      hint: 'Split the table, or publish the data as a file in media/ and link it.',
    },
    lines: {
      message: 'The file has more than {{limit}} lines: the article is not built.',
      hint: 'Split the article into several, or move generated data out of the content folder.',
    },
  },
});
