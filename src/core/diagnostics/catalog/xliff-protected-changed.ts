import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'xliff-protected-changed',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary:
    'a translated unit whose protected elements (codes, inline code, links, HTML) were removed, changed, added or copied',
  docs: 'A handoff protects what must survive translation unchanged — error codes, symbolic names, protocol identifiers, inline code, links, images and HTML — as XLIFF inline elements a translator cannot edit (`<ph>` and `<pc>`, with `canCopy` and `canDelete` off); the Markdown they stand for is kept by errata, not taken from the returned file. A target that lost one of them, has one twice, names one the source does not have, or a file whose `<originalData>` was edited, would damage the article: `errata takeback` refuses the file, with one diagnostic per unit, and writes nothing.',
  messages: {
    removed: {
      message: 'Unit {{unit}} of {{original}}: the translation lost {{elements}}.',
      hint: 'Put the missing elements back into the target (a CAT tool copies them from the source); they cannot be deleted or retyped as text.',
    },
    changed: {
      message: 'Unit {{unit}} of {{original}}: the protected {{elements}} no longer stand for what the source has.',
      hint: 'Keep <originalData> and each <ph>/<pc> as errata handoff wrote them; translate only the text around them.',
    },
    added: {
      message: 'Unit {{unit}} of {{original}}: the translation has elements the source does not: {{elements}}.',
      hint: "Remove them from the target: only the source's own inline elements can be placed.",
    },
    copied: {
      message: 'Unit {{unit}} of {{original}}: the translation uses {{elements}} more than once.',
      hint: 'Use each protected element once, as in the source: they cannot be copied.',
    },
  },
});
