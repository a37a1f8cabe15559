// Compares the layout as is with the layout fed by placeStations (every station pinned
// where the placement puts it), on the bundled maps and the real networks in bench/.
// Prints the quality metrics of both, and renders both to /tmp/placement-*.svg and .png.
// Run: npx tsx bench/placement/compare-placement.ts [--no-png] [--runs=N] [name-filter]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutMap } from '../../src/layout/layout.ts';
import type { Geometry } from '../../src/layout/geometry.ts';
import { roundedLoopsPath } from '../../src/layout/zones/zone-path.ts';
import { measureQuality, type QualityReport } from '../../src/layout/measure/quality.ts';
import { placeStations, type GridPosition } from './place-stations.ts';
import { placementStats } from './placement-stats.ts';
import { loadText } from '../../src/model/load.ts';
import type { TransitMap } from '../../src/model/schema.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const png = !args.includes('--no-png');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const filter = args.find((a) => !a.startsWith('--')) ?? '';

function files(): string[] {
  const dir = (d: string): string[] =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(root, d, f));
  return [...dir('maps'), ...dir('bench/networks')].filter((f) => f.includes(filter));
}

export function withPins(map: TransitMap, pins: ReadonlyMap<string, GridPosition>): TransitMap {
  return {
    ...map,
    stations: map.stations.map((s) => {
      const p = pins.get(s.id);
      return s.position || !p ? s : { ...s, position: { x: p.x, y: p.y } };
    }),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const times: number[] = [];
  let value = f();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    value = f();
    times.push(performance.now() - t);
  }
  return { value, ms: median(times) };
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f1 = (v: number): string => v.toFixed(1);

function toSvg(geo: Geometry, title: string): string {
  const b = geo.bounds;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="${f1(b.x)} ${f1(b.y - 30)} ${f1(b.width)} ${f1(b.height + 30)}">`,
    `<rect x="${f1(b.x)}" y="${f1(b.y - 30)}" width="${f1(b.width)}" height="${f1(b.height + 30)}" fill="#fff"/>`,
    `<text x="${f1(b.x + 8)}" y="${f1(b.y - 10)}" font-family="sans-serif" font-size="16">${esc(title)}</text>`,
  ];
  const tints = ['#e8f1fb', '#fdf0e6', '#eaf6ee', '#f4ebf6', '#fbf7e3', '#eef0f2'];
  geo.zones.forEach((z, i) => {
    out.push(
      `<path d="${roundedLoopsPath([...z.outlines, ...z.holes], z.corner)}" fill-rule="evenodd" fill="${tints[i % tints.length]}" stroke="#bbb" stroke-dasharray="4 3"/>`,
    );
    out.push(
      `<text x="${f1(z.labelAnchor.x)}" y="${f1(z.labelAnchor.y)}" font-family="sans-serif" font-size="13" fill="#777">${esc(z.label)}</text>`,
    );
  });
  for (const line of geo.lines)
    for (const p of line.paths) {
      const pts = p.points.map((q) => `${f1(q.x)},${f1(q.y)}`).join(' ');
      out.push(
        `<polyline points="${pts}" fill="none" stroke="${line.color}" stroke-width="${geo.lineWidth}" stroke-linejoin="round" stroke-linecap="round"/>`,
      );
    }
  for (const s of geo.stations) {
    const m = s.marker;
    if (m.kind === 'dot')
      out.push(
        `<circle cx="${f1(s.x)}" cy="${f1(s.y)}" r="${m.r}" fill="#fff" stroke="#222" stroke-width="1.5"/>`,
      );
    else
      out.push(
        `<line x1="${f1(m.a.x)}" y1="${f1(m.a.y)}" x2="${f1(m.b.x)}" y2="${f1(m.b.y)}" stroke="#222" stroke-width="${2 * m.r + 3}" stroke-linecap="round"/>`,
        `<line x1="${f1(m.a.x)}" y1="${f1(m.a.y)}" x2="${f1(m.b.x)}" y2="${f1(m.b.y)}" stroke="#fff" stroke-width="${2 * m.r}" stroke-linecap="round"/>`,
      );
  }
  for (const l of geo.labels)
    out.push(
      `<text x="${f1(l.anchor.x)}" y="${f1(l.anchor.y)}" text-anchor="${l.textAnchor}" font-family="sans-serif" font-size="${l.fontSize}">` +
        l.rows
          .map(
            (r, i) =>
              `<tspan x="${f1(l.anchor.x)}" dy="${i === 0 ? 0 : l.rowHeight}">${esc(r)}</tspan>`,
          )
          .join('') +
        '</text>',
    );
  out.push('</svg>');
  return out.join('\n');
}

function render(geo: Geometry, name: string, title: string): void {
  const svg = `/tmp/placement-${name}.svg`;
  writeFileSync(svg, toSvg(geo, title));
  if (!png) return;
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--screenshot=/tmp/placement-${name}.png`,
      '--window-size=1600,1000',
      `file://${svg}`,
    ],
    { stdio: 'ignore' },
  );
}

function row(label: string, q: QualityReport, ms: number): string {
  const cells = [
    label.padEnd(8),
    (q.octilinearity * 100).toFixed(0).padStart(5) + '%',
    String(q.crossings).padStart(6),
    String(q.bends.total).padStart(6),
    q.bends.maxPerLine.toFixed(0).padStart(5) + '/' + q.bends.meanPerLine.toFixed(1).padEnd(5),
    String(q.labelOverlaps.total).padStart(6),
    String(q.stacked.pairs).padStart(6),
    q.edgeLength.spread.toFixed(2).padStart(7),
    String(q.tooClosePairs).padStart(6),
    ms.toFixed(0).padStart(7),
  ];
  return cells.join(' ');
}

const header = 'variant   octi%  cross  bends  max/mean  labov stackd spread close  ms(med)';
for (const file of files()) {
  const map = loadText(readFileSync(file, 'utf8')).maps[0];
  if (!map) continue;
  const plain = timed(() => layoutMap(map));
  const place = timed(() => placeStations(map));
  const pinnedMap = withPins(map, place.value);
  const pinned = timed(() => layoutMap(pinnedMap));
  const qp = measureQuality(plain.value, map);
  const qq = measureQuality(pinned.value, map);
  const st = placementStats(map, place.value);
  console.log(`\n== ${map.id} (${map.stations.length} stations, ${map.lines.length} lines)`);
  console.log(
    `placement: ${place.ms.toFixed(0)} ms (median of ${runs}), straight edges ${st.octilinearEdges}/${st.edges}, ` +
      `edge clashes ${st.crossings}, straight passages ${st.straightTurns}/${st.turns}, aspect ${st.aspect.toFixed(2)}`,
  );
  console.log(header);
  console.log(row('plain', qp, plain.ms));
  console.log(row('placed', qq, place.ms + pinned.ms));
  const perLine = (q: QualityReport): string =>
    Object.entries(q.bends.perLine)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
  console.log(`  bends per line, plain:  ${perLine(qp)}`);
  console.log(`  bends per line, placed: ${perLine(qq)}`);
  render(plain.value, `${map.id}-plain`, `${map.id}: layoutMap as is`);
  render(pinned.value, `${map.id}-placed`, `${map.id}: placeStations + layoutMap`);
}
