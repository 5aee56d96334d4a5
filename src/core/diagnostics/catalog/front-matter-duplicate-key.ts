import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-duplicate-key',
  severity: 'error',
  blocksPublishing: false,
  area: 'front-matter',
  summary: 'a key is set twice',
  docs: 'When a key is written twice, the last one wins, which is rarely what the writer meant (often an old and a new `ms.date`). Keep one of the two lines.',
  messages: {
    duplicate: {
      message: '"{{key}}" is set twice (first on line {{firstLine}}).',
      hint: 'Keep one of the two lines.',
    },
  },
});
