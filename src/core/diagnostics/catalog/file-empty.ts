import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-empty',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary: 'the file has no bytes',
  docs: 'An empty `.md` file has nothing to publish. It usually comes from a failed copy or an article that was emptied instead of deleted. Delete the file, or give it front matter and a body.',
  messages: {
    empty: {
      message: 'The file is empty.',
      hint: 'Delete the file or give it front matter and a body.',
    },
  },
});
