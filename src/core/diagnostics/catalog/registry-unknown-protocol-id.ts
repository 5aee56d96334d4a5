import { defineRule } from '../rule-definition.ts';

export default defineRule({
  id: 'registry-unknown-protocol-id',
  severity: 'warning',
  blocksPublishing: false,
  area: 'error-codes',
  summary: 'a code names a protocol identifier that is not registered',
  docs: "A code may list the protocol identifiers it is reported with (such as `invalid_grant`); each should be registered too, with a summary, in its protocol's family.",
  messages: {
    unknown: {
      message: 'The protocol identifier "{{id}}" is not registered.',
      hint: "Register it in its protocol's family (such as error-codes/oauth2.yml) with a summary, or correct its spelling.",
    },
  },
});
