// The real networks of bench/networks (issue 20's bench) load without problems and lay out
// cleanly: every station drawn, every segment octilinear, no two stations closer than one
// grid unit, no two lines drawn on top of each other. Quality, not time: the bench times them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../model/load.ts';
import { layoutMap } from './layout.ts';
import { measureQuality } from './measure/quality.ts';
import { nonOctilinear, tooClose } from './measure/test-checks.ts';

const dir = new URL('../../bench/networks/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('bench networks', () => {
  it('are at least the seven the bench reports on', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(files)('%s', (file) => {
    const result = loadText(readFileSync(new URL(file, dir), 'utf8'));
    const map = result.maps[0];

    it('loads without problems', () => {
      expect(result.problems).toEqual([]);
      expect(map?.stations.length).toBeGreaterThanOrEqual(80);
    });

    it('lays out octilinear, stations apart, no lines stacked', () => {
      if (!map) throw new Error(`${file} did not load`);
      const g = layoutMap(map);
      expect(g.stations).toHaveLength(map.stations.length);
      expect(nonOctilinear(g)).toEqual([]);
      const q = measureQuality(g, map);
      expect(q.octilinearity).toBe(1);
      expect(q.stacked.pairs).toBe(0);
      expect(tooClose(g)).toEqual([]);
    });
  });
});
