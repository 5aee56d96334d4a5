import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-name-case-collision',
  severity: 'warning',
  blocksPublishing: false,
  area: 'file',
  summary: 'two file names differ only in case',
  docs: 'Two files whose names differ only in letter case are two pages on the site, but on Windows and macOS one overwrites the other when the repository is checked out. Merge the two files, or rename one of them.',
  messages: {
    collision: {
      message: '"{{file}}" and "{{other}}" differ only in case: on Windows and macOS one overwrites the other.',
      hint: 'Merge the two files into one, or rename one of them.',
    },
  },
});
