/**
 * The code's form is Prettier's (.prettierrc.json; .prettierignore says which files): a change
 * that is not formatted fails here with the files to run `npm run format` on, in CI as on a laptop.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO } from './helpers/content.ts';

it('every TypeScript and JavaScript file is as Prettier formats it', async () => {
  const prettier = new URL('../node_modules/prettier/bin/prettier.cjs', import.meta.url).pathname;
  const unformatted = await promisify(execFile)(process.execPath, [prettier, '--list-different', '.'], { cwd: REPO })
    .then(() => [])
    .catch((error: { code?: number; stdout?: string }) => {
      // 1: some files differ (listed on stdout); anything else is Prettier failing, which must show.
      if (error.code !== 1) throw error;
      return (error.stdout ?? '').split('\n').filter(Boolean);
    });
  expect(unformatted, 'run `npm run format`').toEqual([]);
}, 120_000);
