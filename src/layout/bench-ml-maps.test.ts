// The small ML maps of bench/ml-maps (issue 14's slide-quality bench) load without problems
// and lay out cleanly: every segment octilinear, no two stations closer than one grid unit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../model/load.ts';
import { layoutMap } from './layout.ts';
import { measureQuality } from './measure/quality.ts';
import { nonOctilinear, tooClose } from './measure/test-checks.ts';

const maps = ['llm-rag', 'feature-platform', 'recommender'];

describe.each(maps)('bench ML map %s', (name) => {
  const text = readFileSync(new URL(`../../bench/ml-maps/${name}.yaml`, import.meta.url), 'utf8');
  const result = loadText(text);
  const map = result.maps[0];

  it('loads without problems', () => {
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(map?.id).toBe(name);
    expect(map?.stations.length).toBeGreaterThanOrEqual(12);
    expect(map?.stations.length).toBeLessThanOrEqual(60);
  });

  it('lays out octilinear, stations apart', () => {
    if (!map) throw new Error(`${name} did not load`);
    const g = layoutMap(map);
    expect(g.stations).toHaveLength(map.stations.length);
    expect(nonOctilinear(g)).toEqual([]);
    expect(measureQuality(g, map).octilinearity).toBe(1);
    expect(tooClose(g)).toEqual([]);
  });
});
