/**
 * npm run bench:vs-starlight — errata and Starlight build the same site, cold, in one run: the
 * five-locale side-by-side corpus (~14,600 articles, bench/five-locales.ts). Starlight is
 * installed first when it is not yet (bench/starlight-site.ts says what it is given).
 *
 * Both run in turn (the order swapped each run, so neither always runs on a warmer machine);
 * medians of --runs (default 2); the peak is the whole process tree's. Each tool's first build
 * is not counted: errata's gives the articles both build, and Starlight's first after its
 * install is slower than the rest.
 */
import { parseArgs } from 'node:util';
import { builtFiles, clearCaches, errataBuild } from './errata-build.ts';
import { fiveLocaleContent } from './five-locales.ts';
import { mb, medians, seconds, type Measured } from './process-tree.ts';
import { installStarlight, STARLIGHT_VERSION, starlightBuild, writeStarlightSite } from './starlight-site.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    out: { type: 'string', default: '/tmp/errata-bench-site' },
    starlight: { type: 'string', default: STARLIGHT_VERSION },
  },
});
const version = values.starlight;

const content = await fiveLocaleContent();
const installed = installStarlight(version);
clearCaches(values.out);
const first = await errataBuild(content, values.out);
const published = builtFiles(values.out);
writeStarlightSite(content, published, version);
console.log(`${published.length} articles in both; errata's first build ${seconds(first.ms)} (not counted)`);
if (installed) {
  // Starlight's first build after its install ran ~1.8× its later ones (207.8 s against 105–129 s).
  const warmUp = await starlightBuild(version);
  console.log(`Starlight's first build after its install ${seconds(warmUp.ms)} (not counted)`);
}

const errata: Measured[] = [];
const starlight: Measured[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const order = run % 2 === 0 ? (['starlight', 'errata'] as const) : (['errata', 'starlight'] as const);
  for (const tool of order) {
    if (tool === 'errata') {
      clearCaches(values.out);
      const r = await errataBuild(content, values.out);
      errata.push(r);
      console.log(`run ${run + 1}, errata: ${seconds(r.ms)}, ${mb(r.peakBytes)}, ${r.pages} pages`);
    } else {
      const r = await starlightBuild(version);
      starlight.push(r);
      console.log(`run ${run + 1}, starlight: ${seconds(r.ms)}, ${mb(r.peakBytes)}, ${r.pages} pages`);
    }
  }
}
clearCaches(values.out);

const e = medians(errata);
const s = medians(starlight);
console.log(`\n| | cold build (median) | peak memory (median) |\n| --- | --- | --- |`);
console.log(`| errata | ${seconds(e.ms)} | ${mb(e.peak)} |`);
console.log(`| Starlight ${version} | ${seconds(s.ms)} | ${mb(s.peak)} |`);
console.log(
  `| errata ÷ Starlight | ${(e.ms / s.ms).toFixed(2)}× (target ≤ 0.2×) | ${(e.peak / s.peak).toFixed(2)}× (target ≤ 0.25×) |`,
);
