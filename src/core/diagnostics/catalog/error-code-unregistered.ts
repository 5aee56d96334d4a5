import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'error-code-unregistered',
  severity: 'warning',
  blocksPublishing: false,
  area: 'body',
  summary: 'a code of a known family that the registry does not list',
  docs: 'Every error code an article mentions should be in the error-code registry (`content/error-codes/`), so that search finds the article by its code and the code index lists it. A code that looks like one of a known family but is not registered is either missing from the registry or a typo.',
  messages: {
    unregistered: {
      message: '{{written}} looks like {{kind}} but is not in the error-code registry.',
      hint: 'Add {{code}} to {{file}}, or correct the code if it is a typo.',
    },
  },
});
