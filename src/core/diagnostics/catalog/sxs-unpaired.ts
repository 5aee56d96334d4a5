import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'sxs-unpaired',
  severity: 'error',
  blocksPublishing: false,
  area: 'translation',
  summary: 'side-by-side markup whose segments do not pair up',
  docs: 'A side-by-side (MT) article keeps the English beside each translated segment: `<span data-ttu-id="ID">translated</span><span class="sxs-lookup"><span data-stu-id="ID">English</span></span>`. A segment without its English, or English without its segment, is shown as written and cannot be checked against the source. Restore the markup as the localization system writes it.',
  messages: {
    strayLookup: {
      message: 'An English "sxs-lookup" span follows no translated segment.',
      hint: 'Remove the stray <span class="sxs-lookup">…</span>, or restore the translated <span data-ttu-id> before it.',
    },
    unclosed: {
      message: 'Segment {{id}} opens a <span> that is never closed.',
      hint: 'Close the segment with </span>.',
    },
    noOriginal: {
      message: 'Segment {{id}} has no English original after it.',
      hint: 'Add <span class="sxs-lookup"><span data-stu-id="{{id}}">English</span></span> right after the segment, or remove its data-ttu-id span.',
    },
    malformedOriginal: {
      message: 'The English original of segment {{id}} is not <span data-stu-id="{{id}}">…</span></span>.',
      hint: 'Restore the markup exactly as the localization system writes it.',
    },
  },
});
