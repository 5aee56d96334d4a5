/** errata --version, and every command's --help: each flag the parser takes, with its default, from the one table both are made from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultNote, helpText, parseCommand, type CommandSpec, type Flags } from '../../src/cli/command.ts';
import { BUILD } from '../../src/cli/commands/build.ts';
import { CHECK } from '../../src/cli/commands/check.ts';
import { DEV } from '../../src/cli/commands/dev.ts';
import { HANDOFF } from '../../src/cli/commands/handoff.ts';
import { IMPORT } from '../../src/cli/commands/import.ts';
import { MERGE } from '../../src/cli/commands/merge.ts';
import { NEW } from '../../src/cli/commands/new.ts';
import { PLAN } from '../../src/cli/commands/plan.ts';
import { RECOVER_SOURCE } from '../../src/cli/commands/recover-source.ts';
import { STATUS } from '../../src/cli/commands/status.ts';
import { TAKEBACK } from '../../src/cli/commands/takeback.ts';
import { errata } from '../helpers/cli.ts';
import { REPO } from '../helpers/content.ts';

const COMMANDS: Record<string, CommandSpec<Flags>> = {
  build: BUILD,
  check: CHECK,
  dev: DEV,
  handoff: HANDOFF,
  import: IMPORT,
  merge: MERGE,
  new: NEW,
  plan: PLAN,
  'recover-source': RECOVER_SOURCE,
  status: STATUS,
  takeback: TAKEBACK,
};

describe('errata --version', () => {
  it('prints the version of package.json, as -v too', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = errata([flag]);
      expect(run.status, flag).toBe(0);
      expect(run.stdout, flag).toBe(`${version}\n`);
    }
    expect(errata(['--help']).stdout).toMatch(/errata --version \| -v +print errata's version/);
  });
});

describe('errata <command> --help', () => {
  it.each(Object.entries(COMMANDS))(
    '%s lists every flag its parser takes, with the default the parser gives it',
    (name, spec) => {
      const run = errata([name, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${helpText(spec)}\n`);
      const help = run.stdout.replace(/\s+/g, ' ');
      // The parser's defaults, as the parser gives them with no flags: what the help says.
      const parsed = (name === 'merge' ? {} : parseCommand([], spec)!) as Record<string, unknown>;
      for (const [flag, options] of Object.entries(spec.flags)) {
        expect(help, flag).toMatch(
          new RegExp(`--${flag}${options.value ? ` ${options.value.replace(/[|]/g, '\\|')}` : ''} `),
        );
        if (options.default !== undefined) expect(parsed[flag], flag).toBe(options.default);
        expect(help, flag).toContain(`${options.description}${defaultNote(options)}`.replace(/\s+/g, ' '));
      }
      expect(help).toContain('-h, --help print this help');
      // The command's own prose is there too.
      expect(run.stdout).toContain(spec.prose);
    },
  );

  it('says a default as it is', () => {
    const help = errata(['build', '--help']).stdout;
    expect(help).toMatch(/^ {6}--out DIR +the folder the site is built into \(default: dist\)$/m);
    expect(help).toMatch(/--markdown satteri\|reference/);
    expect(help).toMatch(/--jobs N +processes at once; .*\n.*\(default: one per\s+core\)|\(default: one per core\)/);
    expect(errata(['dev', '--help']).stdout).toMatch(/--port N +the port; .*\(default: 4321\)/s);
    expect(errata(['check', '--help']).stdout).toMatch(/\(default: pretty\)/);
  });
});
