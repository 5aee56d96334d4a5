/**
 * The rule table of docs/cli.md and docs/rules.md, generated from the rule registry
 * (src/core/diagnostics/catalog/), so that neither can drift from what errata reports.
 *
 *   node scripts/rules-docs.ts           rewrite both (npm run docs:rules)
 *   node scripts/rules-docs.ts --check   exit 1 when either is out of date
 *
 * test/core/rule-registry.test.ts runs the same comparison.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AREAS,
  RULES,
  severitiesOf,
  type RuleArea,
  type RuleDefinition,
} from '../src/core/diagnostics/rule-registry.ts';
import { CATALOG } from '../src/core/diagnostics/catalog/index.ts';

export const CLI_REFERENCE = fileURLToPath(new URL('../docs/cli.md', import.meta.url));
export const REFERENCE = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
const START =
  '<!-- rules:start — generated from src/core/diagnostics/catalog/ by `npm run docs:rules`; edit the rules there -->';
const END = '<!-- rules:end -->';

/** Rules grouped by area, each group in the catalog's order. */
function byArea(): Array<[RuleArea, RuleDefinition[]]> {
  const rules: readonly RuleDefinition[] = CATALOG;
  return (Object.keys(AREAS) as RuleArea[])
    .map((area) => [area, rules.filter((r) => r.area === area)] as [RuleArea, RuleDefinition[]])
    .filter(([, r]) => r.length > 0);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function rulesTable(): string {
  const rows = byArea().flatMap(([, rules]) =>
    rules.map(
      (rule) =>
        `| [\`${rule.id}\`](rules.md#${rule.id}) | ${severitiesOf(rule).join(' / ')} | ${rule.blocksPublishing ? 'yes' : ''} | ${cell(rule.summary)} |`,
    ),
  );
  return [
    START,
    '',
    `${RULES.length} rules; [rules.md](rules.md) explains each one for writers. *Off the site*: an error of the rule keeps the page off the site even with \`--keep-going\`.`,
    '',
    '| rule | severity | off the site | what |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    END,
  ].join('\n');
}

/** `{{name}}` shown to writers as ‹name›; markup in a message is shown, not rendered. */
const template = (text: string) =>
  text
    .replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, '‹$1›')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');

export function rulesReference(): string {
  const out = [
    '<!-- Generated from src/core/diagnostics/catalog/ by `npm run docs:rules`: edit the rules there, not this file. -->',
    '# errata rules',
    '',
    'Every problem `errata check` and `errata build` report names a rule. This page explains each',
    'rule: what it catches, why it matters and how to fix it, with the messages it prints (‹name›',
    'stands for the part that changes).',
    '',
    '- **error**: `errata check` exits 1 and `errata build` stops; with `--keep-going` the page is',
    '  published all the same, unless the rule says it keeps the page off the site.',
    '- **warning**: worth fixing; the page is published.',
    '- **info**: a note; nothing to fix in a hurry.',
    '',
  ];
  for (const [area, rules] of byArea()) {
    out.push(`## ${AREAS[area]}`, '');
    for (const rule of rules) {
      const severities = severitiesOf(rule).join(' or ');
      out.push(`### ${rule.id}`, '');
      out.push(
        `*${severities}*${rule.blocksPublishing ? ' · an error keeps the page off the site' : ''} — ${rule.summary}.`,
        '',
      );
      out.push(rule.docs, '');
      out.push('| message | hint |', '| --- | --- |');
      for (const message of Object.values(rule.messages)) {
        const note = message.severity && message.severity !== rule.severity ? ` *(${message.severity})*` : '';
        out.push(`| ${cell(template(message.message))}${note} | ${cell(template(message.hint))} |`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** docs/cli.md with its rule table replaced by the generated one. */
export function withRulesTable(reference: string): string {
  const start = reference.indexOf(START);
  const end = reference.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/cli.md has no rule table markers (${START} … ${END}).`);
  return reference.slice(0, start) + rulesTable() + reference.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cli = readFileSync(CLI_REFERENCE, 'utf8');
  const wantedCli = withRulesTable(cli);
  const wantedReference = rulesReference();
  let current = '';
  try {
    current = readFileSync(REFERENCE, 'utf8');
  } catch {
    // Not written yet.
  }
  if (process.argv.includes('--check')) {
    const stale = [cli !== wantedCli && 'docs/cli.md', current !== wantedReference && 'docs/rules.md'].filter(Boolean);
    if (stale.length > 0) {
      console.error(`Out of date with the rule registry: ${stale.join(', ')}. Run npm run docs:rules.`);
      process.exit(1);
    }
  } else {
    if (cli !== wantedCli) writeFileSync(CLI_REFERENCE, wantedCli);
    if (current !== wantedReference) writeFileSync(REFERENCE, wantedReference);
  }
}
