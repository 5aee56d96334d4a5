import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'sxs-id-mismatch',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary: 'a side-by-side segment followed by the English of another segment',
  docs: 'Each translated segment is followed by its own English (`data-ttu-id` and `data-stu-id` match). When the ids differ, the English shown beside the translation belongs to another sentence.',
  messages: {
    mismatch: {
      message: 'Segment {{id}} is followed by the English of segment {{other}}.',
      hint: 'Make data-stu-id "{{id}}", or move the English next to its own segment.',
    },
  },
});
