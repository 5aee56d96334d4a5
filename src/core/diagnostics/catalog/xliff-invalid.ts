import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'xliff-invalid',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary: 'an XLIFF file given to `errata takeback` that is not a complete errata handoff',
  docs: '`errata takeback` writes a translation only from a whole, well-formed XLIFF 2 file that `errata handoff` wrote: every `<file>` keeps its `original` path and the handoff facts (`mda:meta`), every unit is there with its id, and every unit has a target. A unit left untranslated would put English text into a page marked as translated. The file is refused as a whole, one diagnostic per problem, and nothing is written.',
  messages: {
    notWellFormed: {
      message: 'The file is not well-formed XML: {{detail}}. Nothing is written.',
      hint: 'Export the translation from the translation tool again as XLIFF 2.',
    },
    encoding: {
      message: 'The file is not UTF-8 text: nothing is written.',
      hint: 'Save the XLIFF file as UTF-8, as errata handoff wrote it.',
    },
    notXliff: {
      message: 'The file is not an XLIFF 2.0 or 2.1 document: {{detail}}. Nothing is written.',
      hint: 'Take back the XLIFF 2 file errata handoff wrote (version="2.1", namespace urn:oasis:names:tc:xliff:document:2.0).',
    },
    localeMismatch: {
      message: "{{original}} is not in the locale folder of the file's target language {{trgLang}} ({{folder}}/).",
      hint: 'Keep trgLang and each original attribute as errata handoff wrote them.',
    },
    noSource: {
      message: '{{original}} has no source article {{source}} to be translated from.',
      hint: 'Take back only files handed off from this content folder; a source article that was renamed needs a new handoff.',
    },
    badMeta: {
      message: '{{original}}: the handoff fact {{key}} is missing or malformed.',
      hint: 'Keep the <mda:metadata> of each <file> as errata handoff wrote it, or hand the article off again.',
    },
    duplicateFile: {
      message: '{{original}} is in the file twice.',
      hint: 'Take back one translation per article: split the file, or remove the copy.',
    },
    unknownUnit: {
      message: 'Unit {{unit}} of {{original}} is not a unit of the source article.',
      hint: "Keep each unit's id as errata handoff wrote it; do not add or merge units.",
    },
    missingUnit: {
      message: 'Unit {{unit}} of {{original}} (source line {{line}}) is missing from the file.',
      hint: 'Translate every unit the handoff holds; a tool that dropped units must export them all.',
    },
    untranslated: {
      message: 'Unit {{unit}} of {{original}} has no translation.',
      hint: 'Translate the unit, or take the file back once every unit has a target.',
    },
  },
});
