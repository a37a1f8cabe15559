import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMetroMap } from '../../src/layout/generate-map.ts';
import { loadText } from '../../src/model/load.ts';
import type { TransitMap } from '../../src/model/schema.ts';
import { placeStations } from './place-stations.ts';
import { placementStats } from './placement-stats.ts';

function bundled(name: string): TransitMap {
  const text = readFileSync(join(import.meta.dirname, '../../maps', name), 'utf8');
  const map = loadText(text).maps[0];
  if (!map) throw new Error(`${name} did not load`);
  return map;
}

function distinctIntegerPoints(map: TransitMap, pos: Map<string, { x: number; y: number }>) {
  const seen = new Set<string>();
  for (const s of map.stations) {
    const p = pos.get(s.id);
    expect(p, s.id).toBeDefined();
    if (!p) continue;
    expect(Number.isInteger(p.x) && Number.isInteger(p.y), s.id).toBe(true);
    seen.add(`${p.x},${p.y}`);
  }
  expect(seen.size).toBe(map.stations.length);
}

describe('placeStations', () => {
  it('is deterministic', () => {
    const map = bundled('ml-workflow.yaml');
    const once = (): unknown[] => [...placeStations(map, { seed: 3, starts: 2 })];
    expect(once()).toEqual(once());
  });

  it('puts every station on its own integer grid point', () => {
    for (const seed of [1, 2, 3]) {
      const map = generateMetroMap({ stations: 40, lines: 5, seed, branches: 1, loops: 1 });
      distinctIntegerPoints(map, placeStations(map, { seed, starts: 1 }));
    }
  });

  it('keeps pinned stations exactly on their pins', () => {
    const map = generateMetroMap({ stations: 30, lines: 4, seed: 7, pinned: 5 });
    const pos = placeStations(map, { starts: 1 });
    const pinned = map.stations.filter((s) => s.position);
    expect(pinned.length).toBeGreaterThan(0);
    for (const s of pinned) expect(pos.get(s.id)).toEqual(s.position);
    distinctIntegerPoints(map, pos);
  });

  it('handles tiny maps', () => {
    const map = generateMetroMap({ stations: 2, lines: 1, seed: 1 });
    distinctIntegerPoints(map, placeStations(map));
  });

  // Measured with the defaults: ml-system 37/41 straight edges and 8 pairs of edges that
  // cross (its graph is not planar), ml-workflow 35/36 and 2 (planar, so 0 is possible).
  // (40/41 and 36/36 before the climb priced a right-angled turn at 1.5 turns, not 8: it
  // now leaves an edge or four off the eight directions rather than bend lines twice.)
  it.each([
    ['ml-system.yaml', 0.9, 8],
    ['ml-workflow.yaml', 0.97, 2],
  ])('lays out %s with straight edges and few crossings', (name, share, clashes) => {
    const map = bundled(name);
    const pos = placeStations(map);
    distinctIntegerPoints(map, pos);
    const stats = placementStats(map, pos);
    expect(stats.octilinearShare).toBeGreaterThanOrEqual(share);
    expect(stats.crossings).toBeLessThanOrEqual(clashes);
  });
});
