import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'html-active',
  severity: 'error',
  blocksPublishing: false,
  area: 'body',
  summary:
    'script, event handlers, `javascript:` URLs (entity-encoded too), frames, objects, styles and `style` attributes',
  docs: "HTML that would run in a reader's browser — `<script>`, `<iframe>`, `<form>`, `on…=` event handlers, `javascript:` links and the like — never reaches the page: the renderer removes it. It is reported so that the writer knows the step it described is gone; describe the step in Markdown instead.",
  messages: {
    element: {
      message: '<{{tag}}> is not allowed in articles: it never reaches the page.',
      hint: 'Remove the <{{tag}}> element; describe the step in Markdown instead.',
    },
    eventHandler: {
      message: 'The {{attribute}} attribute on <{{tag}}> runs script; it is removed from the page.',
      hint: 'Delete {{attribute}}="…" from the tag.',
    },
    styleAttribute: {
      message: 'A style attribute on <{{tag}}> is not allowed: it is removed from the page.',
      hint: 'Delete style="…"; the site styles articles itself (use Markdown for emphasis, tables and lists).',
    },
    unsafeUrl: {
      message: 'A {{scheme}} URL on <{{tag}}> is not allowed.',
      hint: 'Link to an https:// address or a file in media/.',
    },
    scriptLink: {
      message: 'A {{scheme}}: link runs script; it is removed from the page.',
      hint: 'Link to an https:// address instead.',
    },
  },
});
