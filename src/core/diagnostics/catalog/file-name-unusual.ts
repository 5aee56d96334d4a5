import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-name-unusual',
  severity: 'info',
  blocksPublishing: false,
  area: 'file',
  summary: 'the file name holds control or invisible characters',
  docs: 'File names that survived a Windows docset can hold zero-width spaces or control characters: they trouble URLs, terminals and links written by hand. The file is still published under its name, because renaming it in one locale only would change its slug there. Rename it in every locale at once and update the links to it.',
  messages: {
    unusual: {
      message: 'The file name "{{name}}" contains invisible or control characters ({{characters}}).',
      hint: 'Rename the file, in every locale, without control or invisible characters, and update the links to it.',
    },
  },
});
