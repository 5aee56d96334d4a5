/**
 * npm run bench:import — `importDocset` on a real docset (the vi-VN AlchemyInsights archive of
 * the shared corpus): files copied per second, median of --runs (default 3), each into a fresh
 * content folder. Target: thousands of files per second (≥ 2,000).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDocset } from '../src/core/import/import-docset.ts';
import { CORPUS_DIR, median } from '../test/helpers/corpus.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const unpacked = mkdtempSync(join(tmpdir(), 'errata-bench-import-'));
try {
  execFileSync('tar', ['-xzf', join(CORPUS_DIR, 'alchemyinsights-vi-VN-live.tar.gz'), '-C', unpacked]);
  const rates: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const content = mkdtempSync(join(tmpdir(), 'errata-bench-import-content-'));
    const started = performance.now();
    const result = await importDocset({
      from: join(unpacked, 'AlchemyInsights'),
      locale: 'vi-VN',
      contentDir: content,
    });
    const seconds = (performance.now() - started) / 1000;
    rates.push((result.articles + result.media) / seconds);
    console.log(
      `run ${run + 1}: ${result.articles} articles and ${result.media} media files in ${seconds.toFixed(2)} s`,
    );
    rmSync(content, { recursive: true, force: true });
  }
  console.log(`import: median ${Math.round(median(rates))} files/s (target: ≥ 2,000 files/s)`);
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}
