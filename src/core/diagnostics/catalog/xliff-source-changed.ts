import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'xliff-source-changed',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary: 'a translation taken back after its source article changed since the handoff',
  docs: "A handoff records the SHA-1 of each source article it was made from. When the source has changed since, the translation is of a text that is no longer there: `errata takeback` refuses the file and writes nothing. Hand the article off again, or take the translation as it is with `--force`: blocks whose source did not change get their translation, changed or new blocks keep the current English, and the article carries the handoff's `ms.openlocfilehash` — stale as soon as a newer source is handed off.",
  messages: {
    changed: {
      message:
        '{{source}} has changed since {{original}} was handed off ({{lastHandoff}}): the translation is of an older text.',
      hint: 'Hand the article off again (errata handoff --locale {{locale}} --slug {{slug}}), or take it back as stale with --force.',
    },
    forced: {
      message:
        '{{source}} has changed since {{original}} was handed off ({{lastHandoff}}); taken with --force: {{kept}} of {{units}} blocks keep the current English.',
      hint: 'Hand the article off again to translate what changed: errata handoff --locale {{locale}} --slug {{slug}}.',
      severity: 'warning',
    },
  },
});
