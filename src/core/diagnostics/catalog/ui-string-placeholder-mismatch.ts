import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'ui-string-placeholder-mismatch',
  severity: 'warning',
  blocksPublishing: false,
  area: 'site',
  summary: "a translated UI string changes the English string's `{{placeholders}}`",
  docs: 'UI strings in `locales/` carry placeholders such as `{{name}}` or `{{code}}` that the site fills in. A translation must keep each placeholder of the English string exactly as written — it may move it anywhere in the sentence — or readers see the braces, or miss the value. In a plural form (`_one`, `_few`…) `{{count}}` may be left out, for languages that spell out "one".',
  messages: {
    mismatch: {
      message:
        'UI string "{{key}}" for {{locale}} has the placeholders {{found}} where English has {{wanted}}; readers would see the braces or miss a value.',
      hint: "Keep English's placeholders exactly as written ({{wanted}}), wherever the sentence needs them; translate only the words around them.",
    },
  },
});
