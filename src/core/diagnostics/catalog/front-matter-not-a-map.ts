import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-not-a-map',
  severity: 'error',
  blocksPublishing: true,
  area: 'front-matter',
  summary: 'the front matter is YAML but not `key: value` lines',
  docs: 'The front matter must be a list of `key: value` lines. A bare value or a list there leaves the article without keys, and it is not published.',
  messages: {
    notAMap: {
      message: 'The front matter is not a list of "key: value" lines.',
      hint: 'Write the front matter as "key: value" lines.',
    },
  },
});
