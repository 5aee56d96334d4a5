import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'translation-stale',
  severity: 'info',
  blocksPublishing: false,
  area: 'translation',
  summary: 'translated from an older source than the newest handoff',
  docs: 'A translation records the source it was made from (`ms.openlocfilehash`) and when it was handed off (`ms.lasthandoff`). When another locale was handed a newer source of the same article, this one is stale: the page carries a notice, and the article should be sent for translation again.',
  messages: {
    stale: {
      message:
        'This translation was made from an older source (handed off {{handedOff}}); {{newerFile}} was translated from a source handed off {{newerHandoff}}.',
      hint: 'Send the article for translation again from {{source}}.',
    },
  },
});
