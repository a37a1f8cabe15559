import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateMetroMap, seededRandom } from './generate-map.ts';
import { linePaths, TransitMap } from '../model/schema.ts';
import { checkMap } from '../model/check-map.ts';

const nowhere = (): { line: number; column: number } => ({ line: 1, column: 1 });

const options = fc.record({
  stations: fc.integer({ min: 2, max: 400 }),
  lines: fc.integer({ min: 1, max: 15 }),
  seed: fc.integer(),
  branches: fc.integer({ min: 0, max: 6 }),
  loops: fc.integer({ min: 0, max: 2 }),
  pinned: fc.integer({ min: 0, max: 8 }),
});

function edgesOf(map: TransitMap): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const line of map.lines) {
    for (const path of linePaths(line)) {
      path.slice(1).forEach((b, i) => {
        const key = [path[i], b].sort().join('|');
        edges.set(key, (edges.get(key) ?? new Set()).add(line.id));
      });
    }
  }
  return edges;
}

describe('generateMetroMap', () => {
  it('always produces a valid map with exactly the stations and lines asked for', () => {
    fc.assert(
      fc.property(options, (o) => {
        const map = generateMetroMap(o);
        expect(() => TransitMap.parse(map)).not.toThrow();
        expect(checkMap(map, nowhere)).toEqual([]);
        expect(map.stations).toHaveLength(o.stations);
        expect(map.lines).toHaveLength(o.lines);
        const ids = new Set(map.stations.map((s) => s.id));
        expect(ids.size).toBe(o.stations);
        const onALine = new Set(map.lines.flatMap((l) => linePaths(l).flat()));
        expect([...onALine].every((id) => ids.has(id))).toBe(true);
        expect(onALine.size).toBe(o.stations);
        // No path visits a station twice, except where a loop closes.
        for (const path of map.lines.flatMap((l) => linePaths(l))) {
          const open = path[0] === path[path.length - 1] ? path.slice(1) : path;
          expect(new Set(open).size).toBe(open.length);
        }
        const pins = map.stations.flatMap((s) =>
          s.position ? [`${s.position.x},${s.position.y}`] : [],
        );
        expect(pins).toHaveLength(Math.min(o.pinned, o.stations));
        expect(new Set(pins).size).toBe(pins.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic in its seed', () => {
    const o = { stations: 120, lines: 8, seed: 42, branches: 3, loops: 1, pinned: 4 };
    expect(generateMetroMap(o)).toEqual(generateMetroMap(o));
    expect(generateMetroMap({ ...o, seed: 43 })).not.toEqual(generateMetroMap(o));
  });

  it('builds metro-like structure: shared trunks, interchanges, branches, loops, zones', () => {
    const map = generateMetroMap({
      stations: 200,
      lines: 10,
      seed: 7,
      branches: 4,
      loops: 1,
      pinned: 6,
    });
    const shared = [...edgesOf(map).values()].filter((lines) => lines.size >= 2);
    expect(shared.length).toBeGreaterThan(5);
    const lineCount = new Map<string, number>();
    for (const line of map.lines) {
      for (const id of new Set(linePaths(line).flat()))
        lineCount.set(id, (lineCount.get(id) ?? 0) + 1);
    }
    expect([...lineCount.values()].filter((c) => c >= 2).length).toBeGreaterThan(10);
    expect(map.lines.filter((l) => linePaths(l).length > 1).length).toBeGreaterThan(0);
    const loops = map.lines.filter((l) => linePaths(l).some((p) => p[0] === p[p.length - 1]));
    expect(loops).toHaveLength(1);
    expect(map.zones.length).toBeGreaterThan(1);
    expect(map.stations.filter((s) => s.zone !== undefined).length).toBeGreaterThan(150);
    const lengths = map.stations.map((s) => s.label.length);
    expect(Math.max(...lengths)).toBeGreaterThan(30);
    expect(Math.min(...lengths)).toBeLessThan(10);
  });

  it('refuses a map of fewer than two stations', () => {
    expect(() => generateMetroMap({ stations: 1, lines: 1, seed: 1 })).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
