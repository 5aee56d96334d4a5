/** What a rule is: the entry each file in catalog/ defines (see rule-registry.ts). */
import type { Severity } from './diagnostic.ts';

export interface MessageDefinition {
  /** What is wrong, in one or two sentences; `{{name}}` stands for `data.name`. */
  message: string;
  /** How to fix it, in one sentence; `{{name}}` as in `message`. */
  hint: string;
  /** When this message is reported at another severity than the rule's default. */
  severity?: Severity;
}

export interface RuleDefinition {
  /** Stable kebab-case id: the JSON output, CI annotations and writers' searches depend on it. */
  id: string;
  severity: Severity;
  /** An error of this rule keeps the file off the site, even with `--keep-going`. */
  blocksPublishing: boolean;
  /** Where the rule looks, for grouping in the docs. */
  area: RuleArea;
  /** One line for the rule table of docs/cli.md: what the rule catches. */
  summary: string;
  /** A paragraph for writers: what the rule catches, why it matters, how to fix it. */
  docs: string;
  messages: Record<string, MessageDefinition>;
}

export type RuleArea = 'file' | 'front-matter' | 'body' | 'media' | 'translation' | 'error-codes' | 'site';

export const AREAS: Record<RuleArea, string> = {
  file: 'Files',
  'front-matter': 'Front matter',
  body: 'Article bodies',
  media: 'Media',
  translation: 'Translations',
  'error-codes': 'The error-code registry',
  site: 'The site',
};

/** Keeps the literal types of an entry, so ids, message ids and placeholders are checked by the compiler. */
export function defineRule<const T extends RuleDefinition>(rule: T): T {
  return rule;
}
