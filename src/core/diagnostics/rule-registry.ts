/**
 * Every rule errata reports, in one place — the way ESLint keeps a rule's `meta` beside it and
 * one index listing them all. A rule is one file in `catalog/` (id, default severity, whether
 * it keeps a page off the site, its messages by id with their hints, a paragraph for writers);
 * `catalog/index.ts` lists them. Diagnostics are made only through `diagnostic()`, which takes
 * a rule id, a message id and the message's data, so a rule's text lives in its entry alone.
 * `publishable.ts`, the rule table of docs/cli.md and docs/rules.md are generated from the entries
 * (`npm run docs:rules`), and test/core/rule-registry.test.ts fails on an id that is emitted
 * but not registered.
 *
 * Adding a rule: see README.md here (an entry in catalog/, listed in catalog/index.ts,
 * `diagnostic()` where the problem is found, a fixture that trips it, `npm run docs:rules`).
 */
import type { Diagnostic, Position, Severity } from './diagnostic.ts';
import { CATALOG } from './catalog/index.ts';
import type { RuleDefinition } from './rule-definition.ts';

export { AREAS, defineRule, type MessageDefinition, type RuleArea, type RuleDefinition } from './rule-definition.ts';

type Catalog = (typeof CATALOG)[number];
export type RuleId = Catalog['id'];
type EntryOf<R extends RuleId> = Extract<Catalog, { id: R }>;
type MessagesOf<R extends RuleId> = EntryOf<R>['messages'];
export type MessageId<R extends RuleId> = keyof MessagesOf<R> & string;

/** The `{{name}}`s of a template. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type DataOf<M> = M extends { message: infer T; hint: infer H } ? Placeholders<T> | Placeholders<H> : never;
/** The data argument: required, with exactly the template's names, when it has any. */
export type DataArgument<R extends RuleId, M extends MessageId<R>> = [DataOf<MessagesOf<R>[M]>] extends [never]
  ? []
  : [data: Record<DataOf<MessagesOf<R>[M]>, string | number>];

export interface Location extends Position {
  /** Relative to the content directory, forward slashes. */
  file: string;
}

const BY_ID: ReadonlyMap<string, RuleDefinition> = new Map(CATALOG.map((rule) => [rule.id, rule]));

export const RULES: readonly RuleDefinition[] = [...CATALOG].sort((a, b) => (a.id < b.id ? -1 : 1));

export function ruleDefinition(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** The diagnostic of rule `rule` at `at`, worded by its message `messageId`. */
export function diagnostic<R extends RuleId, M extends MessageId<R>>(
  at: Location,
  rule: R,
  messageId: M,
  ...[data]: DataArgument<R, M>
): Diagnostic {
  const entry = BY_ID.get(rule);
  const template = entry?.messages[messageId];
  // Unreachable from type-checked code; JavaScript callers get a diagnostic that names the slip rather than a crash.
  if (!entry || !template) {
    return {
      file: at.file,
      line: at.line,
      column: at.column,
      severity: 'error',
      rule,
      message: `Unregistered rule or message: ${rule}/${messageId}.`,
      hint: 'Register it in src/core/diagnostics/catalog/.',
    };
  }
  const values = (data ?? {}) as Record<string, string | number>;
  return {
    file: at.file,
    line: at.line,
    column: at.column,
    severity: template.severity ?? entry.severity,
    rule,
    message: fill(template.message, values),
    hint: fill(template.hint, values),
  };
}

/** Every severity a rule can be reported at, default first. */
export function severitiesOf(rule: RuleDefinition): Severity[] {
  return [...new Set([rule.severity, ...Object.values(rule.messages).map((m) => m.severity ?? rule.severity)])];
}

/** ESLint's interpolation: `{{ name }}` becomes `data.name`; an unknown name stays as written. */
export function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}
