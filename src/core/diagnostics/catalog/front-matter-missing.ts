import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-missing',
  severity: 'error',
  blocksPublishing: true,
  area: 'front-matter',
  summary: 'the article has no front matter (include fragments need none)',
  docs: 'Every article starts with front matter: a line `---`, `key: value` lines (title, ms.date, …) and a closing `---`. Without it the article has no title and cannot be published. Include fragments, spliced into other articles, need none.',
  messages: {
    missing: {
      message: 'The article has no front matter.',
      hint: 'Start the file with a line "---", the keys (title, ms.date, …) and a closing "---".',
    },
  },
});
