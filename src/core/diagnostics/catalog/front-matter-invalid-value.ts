import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'front-matter-invalid-value',
  severity: 'error',
  blocksPublishing: false,
  area: 'front-matter',
  summary: 'a value of the wrong type, an unknown enum value (HT/MT), an impossible date (dates are M/D/YYYY)',
  docs: 'Each known key has a type: dates are M/D/YYYY real calendar dates, `ms.translationtype` is HT or MT, `ROBOTS` a list such as NOINDEX, NOFOLLOW. A wrong value is ignored on the page; the page is still published.',
  messages: {
    invalid: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Correct the value of "{{key}}".',
    },
    invalidDate: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Write "{{key}}" as M/D/YYYY with a real calendar date, e.g. 03/19/2021.',
    },
    invalidTranslationType: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Use HT for human translation or MT for machine translation.',
    },
    invalidRobots: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Write for example "NOINDEX, NOFOLLOW".',
    },
    invalidPriority: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Use Normal, Priority, Critical or Once.',
    },
    invalidTitle: {
      message: '"{{key}}" {{problem}} (found {{found}}).',
      hint: 'Give the article a one-line title.',
    },
  },
});
