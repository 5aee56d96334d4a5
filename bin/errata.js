#!/usr/bin/env node
// errata is TypeScript run by Node's type stripping, and its code recognizers use regular
// expression features of Node 24. The project pins Node 24 (the `node` devDependency);
// if an older node started us, hand over to it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 24) {
  const pinned = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(pinned)) {
    console.error(
      `errata needs Node >= 24 (this is ${process.versions.node}). Run "npm install" in the errata folder to get the pinned Node.`,
    );
    process.exit(2);
  }
  const child = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
// Cache compiled modules on disk: errata's TypeScript is stripped and compiled at every start,
// in every worker thread and build process, and the cache halves a worker's start-up. Set in
// the environment, it also reaches the worker threads and processes started later.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'errata-compile-cache');
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
