// Properties of the layout over generated metro-like maps (fast-check): it never throws,
// places every station, draws every line through its stops in order, honours pins and is
// deterministic.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutMap } from './layout.ts';
import { generateMetroMap } from './generate-map.ts';
import { linePaths, type TransitMap } from '../model/schema.ts';
import type { Geometry } from './geometry.ts';

function mapsOf(min: number, max: number): fc.Arbitrary<{ map: TransitMap; layoutSeed: number }> {
  return fc
    .record({
      stations: fc.integer({ min, max }),
      lines: fc.integer({ min: 1, max: 15 }),
      seed: fc.integer(),
      branches: fc.integer({ min: 0, max: 4 }),
      loops: fc.integer({ min: 0, max: 2 }),
      pinned: fc.integer({ min: 0, max: 5 }),
      layoutSeed: fc.integer({ min: 0, max: 1000 }),
    })
    .map(({ layoutSeed, ...o }) => ({
      map: generateMetroMap({ ...o, lines: Math.min(o.lines, Math.ceil(o.stations / 3)) }),
      layoutSeed,
    }));
}

const finite = (...xs: number[]): boolean => xs.every(Number.isFinite);

function checkStations(map: TransitMap, g: Geometry): void {
  const byId = new Map(g.stations.map((s) => [s.id, s]));
  for (const station of map.stations) {
    const s = byId.get(station.id);
    expect(s, `station "${station.id}" is placed`).toBeDefined();
    if (!s) continue;
    expect(finite(s.x, s.y, s.grid.gx, s.grid.gy), `station "${s.id}" at finite coordinates`).toBe(
      true,
    );
    if (station.position) {
      expect(s.pinned).toBe(true);
      // Compared with ===, so that a -0 pin and a 0 placement count as the same point.
      const { x, y } = station.position;
      const exact =
        s.grid.gx === x && s.grid.gy === y && s.x === x * g.gridSize && s.y === y * g.gridSize;
      expect(exact, `pinned station "${s.id}" stays at (${x}, ${y})`).toBe(true);
    }
  }
}

function checkLines(map: TransitMap, g: Geometry): void {
  const stations = new Map(g.stations.map((s) => [s.id, s]));
  const lines = new Map(g.lines.map((l) => [l.id, l]));
  for (const line of map.lines) {
    const drawn = lines.get(line.id);
    expect(drawn, `line "${line.id}" is drawn`).toBeDefined();
    const paths = linePaths(line);
    expect(drawn?.paths.map((p) => p.stations)).toEqual(paths);
    for (const path of drawn?.paths ?? []) {
      expect(path.points.every((p) => finite(p.x, p.y))).toBe(true);
      expect(path.stationPoints).toHaveLength(path.stations.length);
      path.stationPoints.forEach((index, k) => {
        expect(index).toBeGreaterThanOrEqual(k === 0 ? 0 : (path.stationPoints[k - 1] ?? 0));
        expect(index).toBeLessThan(path.points.length);
        const point = path.points[index];
        const station = stations.get(path.stations[k] ?? '');
        if (!point || !station) throw new Error(`line "${line.id}" stop ${k} is not drawn`);
        const bundle = Math.max(1, station.lines.length) * g.lineSpacing;
        const away = Math.hypot(point.x - station.x, point.y - station.y);
        expect(
          away,
          `line "${line.id}" passes within its bundle at "${station.id}"`,
        ).toBeLessThanOrEqual(bundle + 1e-6);
      });
    }
  }
}

function checkMap({ map, layoutSeed }: { map: TransitMap; layoutSeed: number }): void {
  const geometry = layoutMap(map, { seed: layoutSeed });
  checkStations(map, geometry);
  checkLines(map, geometry);
  expect(layoutMap(map, { seed: layoutSeed })).toEqual(geometry);
}

describe('layoutMap over generated maps', () => {
  it('lays out small maps (2–60 stations) correctly', () => {
    fc.assert(fc.property(mapsOf(2, 60), checkMap), { numRuns: 30 });
  });

  it('lays out medium maps (60–150 stations) correctly', () => {
    fc.assert(fc.property(mapsOf(60, 150), checkMap), { numRuns: 6 });
  });

  it('lays out large maps (150–300 stations) correctly', () => {
    fc.assert(fc.property(mapsOf(150, 300), checkMap), { numRuns: 3 });
  });

  it('lays out maps with many loops, branches and pins', () => {
    const arbitrary = fc
      .record({ stations: fc.integer({ min: 10, max: 80 }), seed: fc.integer() })
      .map(({ stations, seed }) => ({
        map: generateMetroMap({ stations, lines: 6, seed, branches: 6, loops: 2, pinned: 8 }),
        layoutSeed: seed,
      }));
    fc.assert(fc.property(arbitrary, checkMap), { numRuns: 8 });
  });
});
