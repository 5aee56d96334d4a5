import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-unknown-key',
  severity: 'error',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a key the registry schema does not know',
  docs: 'A registry file has a fixed shape (family, title, pattern, codes with code, name, summary, protocol, articles…). An unknown key is usually a typo; the message suggests the closest known key.',
  messages: {
    unknown: {
      message: 'Unknown key "{{key}}".',
      hint: 'Remove it; the known keys are {{known}}.',
    },
    unknownSuggest: {
      message: 'Unknown key "{{key}}"; did you mean "{{suggestion}}"?',
      hint: 'Rename the key to "{{suggestion}}".',
    },
  },
});
