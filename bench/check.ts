/**
 * npm run bench:check — errata check over the whole shared corpus (both flavours, ten
 * archives) against markdownlint-cli2 on the same files, in the same run.
 * Medians of --runs (default 3) wall times, each a fresh process as a writer would start it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusContent, countMarkdown, median, type Flavor } from '../test/helpers/corpus.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'skip-markdownlint': { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const ROOT = new URL('../', import.meta.url).pathname;
const NODE = process.execPath;

function time(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return elapsed;
}

const flavors: Flavor[] = ['live', 'live-sxs'];
const dirs = await Promise.all(flavors.map((f) => corpusContent(f)));
const files = dirs.reduce((n, dir) => n + countMarkdown(dir), 0);
console.log(`corpus: ${files} Markdown files in ${dirs.length} content directories`);

const errata: number[] = [];
const lint: number[] = [];
// markdownlint-cli2 reads .markdownlint-cli2.jsonc from the folder; an empty one runs its default rules.
for (const dir of dirs) writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
for (let run = 0; run < runs; run++) {
  errata.push(
    dirs.reduce(
      (t, dir) => t + time(NODE, [join(ROOT, 'bin/errata.js'), 'check', '--content', dir, '--format', 'json'], ROOT),
      0,
    ),
  );
  if (!values['skip-markdownlint']) {
    lint.push(
      dirs.reduce(
        (t, dir) =>
          t + time(NODE, [join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'], dir),
        0,
      ),
    );
  }
  console.log(
    `run ${run + 1}: errata ${(errata.at(-1)! / 1000).toFixed(2)} s${lint.length ? `, markdownlint-cli2 ${(lint.at(-1)! / 1000).toFixed(2)} s` : ''}`,
  );
}
const e = median(errata);
console.log(
  `errata check:      median ${(e / 1000).toFixed(2)} s  ${Math.round(files / (e / 1000))} files/s  (target ≥ 5000 files/s)`,
);
if (lint.length) {
  const l = median(lint);
  console.log(`markdownlint-cli2: median ${(l / 1000).toFixed(2)} s  ${Math.round(files / (l / 1000))} files/s`);
  console.log(`ratio errata/markdownlint-cli2: ${(e / l).toFixed(3)}  (target ≤ 0.2)`);
}
