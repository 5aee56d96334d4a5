import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-file-ignored',
  severity: 'warning',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a file in `error-codes/` that does not end in `.yml`',
  docs: 'Only `.yml` files in `content/error-codes/` are registry files; any other file there is not read, so codes in it are not registered.',
  messages: {
    ignored: {
      message: '{{name}} is not read: registry files end in .yml.',
      hint: 'Rename it to <family>.yml or move it out of error-codes/.',
    },
  },
});
