import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-unclosed',
  severity: 'error',
  blocksPublishing: true,
  area: 'front-matter',
  summary: 'the front matter opens with `---` but never closes',
  docs: 'When the closing `---` is missing, errata cannot tell the front matter from the body, so nothing of the article can be trusted and it is not published. Add a line `---` after the last key.',
  messages: {
    unclosed: {
      message: 'The front matter opens with "---" but never closes.',
      hint: 'Add a line "---" after the last front-matter key.',
    },
  },
});
