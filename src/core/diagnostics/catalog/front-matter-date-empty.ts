import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-date-empty',
  severity: 'warning',
  blocksPublishing: false,
  area: 'front-matter',
  summary: '`ms.date` or `ms.lasthandoff` is empty',
  docs: 'An empty date key says nothing: the page shows no date, and staleness cannot be told from an empty handoff date. Write the date as M/D/YYYY, or remove the line.',
  messages: {
    empty: {
      message: '"{{key}}" is empty.',
      hint: 'Set "{{key}}" to the date written M/D/YYYY, or remove the line.',
    },
  },
});
