import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'file-too-large',
  severity: 'error',
  blocksPublishing: true,
  area: 'file',
  summary: 'the file is larger than any article can be (2 MB)',
  docs: 'Real articles stay well under 1 MB; a larger `.md` file is almost always generated data, a log or a pasted dump, and would slow every build and every reader. The file is not read. Split the article, or move the data out of the content folder.',
  messages: {
    tooLarge: {
      message: 'The file is {{size}} MB; articles are at most {{limit}} MB.',
      hint: 'Split the article, or move generated data out of the content folder.',
    },
  },
});
