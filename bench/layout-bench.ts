// Layout benchmark: time and quality of layoutMap on generated and real maps, next to a
// plain d3-force baseline measured the same way. Run: npm run bench
//   --runs=N           timed runs per map after one warm-up (default 5; fewer for slow maps)
//   --only=TEXT        only maps whose name contains TEXT
//   --max-stations=N   skip bigger maps
//   --kind=KIND        only generated maps or only the real networks (real)
//   --section=NAME     only one section: layout (the table above, and the real networks beside
//                      LOOM's octi, issue 20) or slides (issue 14)
// Prints a table and writes bench/results.json (gitignored).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry } from '../src/layout/geometry.ts';
import { layoutMap } from '../src/layout/layout.ts';
import { measureQuality, type QualityReport } from '../src/layout/measure/quality.ts';
import type { TransitMap } from '../src/model/schema.ts';
import { baselineForce } from './baseline-force.ts';
import { benchMaps } from './bench-maps.ts';
import { octiReference } from './octi-reference.ts';
import { printOctiTable, printTable, type Row } from './report.ts';
import { printSlides, slideRows, type SlideRow } from './slides.ts';
import { judge, judgeOcti } from './targets.ts';

/** A warm-up slower than this gets a single timed run, so the bench ends in minutes. */
const SLOW_MS = 5000;

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

interface Timed {
  readonly geometry: Geometry;
  readonly ms: number;
  readonly runs: number;
}

function timed(run: () => Geometry, runs: number): Timed {
  const started = performance.now();
  let geometry = run();
  const warmUp = performance.now() - started;
  const count = warmUp > SLOW_MS ? 1 : runs;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    geometry = run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { geometry, ms: times[Math.floor(times.length / 2)] ?? warmUp, runs: count };
}

function benchOne(name: string, kind: string, map: TransitMap, runs: number): Row {
  const layout = timed(() => layoutMap(map), runs);
  const gridSize = layout.geometry.gridSize;
  const baseline = timed(() => baselineForce(map, { gridSize }), runs);
  const lq: QualityReport = measureQuality(layout.geometry, map);
  const bq: QualityReport = measureQuality(baseline.geometry, map);
  const reference = kind === 'real' ? octiReference(map.id) : undefined;
  return {
    name,
    kind,
    stations: map.stations.length,
    lines: map.lines.length,
    layout: { ms: layout.ms, runs: layout.runs, quality: lq },
    baseline: { ms: baseline.ms, runs: baseline.runs, quality: bq },
    verdict: judge(layout.ms, lq, bq),
    ...(reference && { octi: { reference, verdict: judgeOcti(lq, reference) } }),
  };
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function main(): void {
  const runs = Math.max(1, Number(flag('runs') ?? 5));
  const only = flag('only');
  const maxStations = Number(flag('max-stations') ?? Infinity);
  const section = flag('section');
  const kind = flag('kind');
  const maps = benchMaps().filter(
    (m) =>
      (only === undefined || m.name.includes(only)) &&
      (kind === undefined || m.kind === kind) &&
      m.map.stations.length <= maxStations,
  );
  const rows: Row[] = [];
  if (section === undefined || section === 'layout') {
    for (const { name, kind, map } of maps) {
      process.stderr.write(`${name} (${map.stations.length} stations)… `);
      const row = benchOne(name, kind, map, runs);
      process.stderr.write(`${row.layout.ms.toFixed(0)} ms\n`);
      rows.push(row);
    }
    printTable(rows);
    printOctiTable(rows);
  }
  let slides: SlideRow[] = [];
  if (section === undefined || section === 'slides') {
    slides = slideRows();
    printSlides(slides);
  }
  if (section === 'slides') return; // keep the layout section's results.json
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  const results = {
    date: new Date().toISOString(),
    commit: commit(),
    node: process.version,
    runs,
    rows,
    slides,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}

main();
