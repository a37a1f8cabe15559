import { describe, expect, it } from 'vitest';
import { computeCoverage, solutionStats } from './coverage.ts';
import type { Coverage } from './coverage.ts';
import { partial, smallMap, solution } from './test-fixtures.ts';

const states = (coverage: Coverage): Record<string, string> =>
  Object.fromEntries(coverage.stations.map((station) => [station.stationId, station.state]));

const counts = (coverage: Coverage, kind: 'zones' | 'lines') =>
  coverage[kind].map(({ id, covered, partial, uncovered, total, stationIds }) => ({
    id,
    covered,
    partial,
    uncovered,
    total,
    stationIds,
  }));

describe('computeCoverage', () => {
  it('tells full from partial claims', () => {
    const coverage = computeCoverage(smallMap, [
      solution('x', ['s1', partial('s2', 'via a plugin')]),
    ]);
    expect(states(coverage)).toEqual({
      s1: 'covered',
      s2: 'partial',
      s3: 'uncovered',
      s4: 'uncovered',
      s5: 'uncovered',
    });
    expect(coverage.byStation.get('s2')?.by).toEqual([
      { solutionId: 'x', level: 'partial', note: 'via a plugin' },
    ]);
    expect(coverage.totals).toEqual({ covered: 1, partial: 1, uncovered: 3, total: 5 });
    expect(coverage.gaps).toEqual(['s3', 's4', 's5']);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.unknown).toEqual([]);
  });

  it('keeps the stronger claim when a solution names a station twice', () => {
    const x = solution('x', [partial('s1', 'weak'), 's1', partial('s2'), partial('s2', 'later')]);
    const coverage = computeCoverage(smallMap, [x]);
    expect(coverage.byStation.get('s1')?.by).toEqual([{ solutionId: 'x', level: 'full' }]);
    expect(coverage.byStation.get('s2')?.by).toEqual([
      { solutionId: 'x', level: 'partial', note: 'later' },
    ]);
    expect(coverage.byStation.get('s1')?.overlap).toBe(false);
    expect(coverage.totals).toEqual({ covered: 1, partial: 1, uncovered: 3, total: 5 });
  });

  it('reports unknown stations as warnings and applies the rest', () => {
    const x = solution('x', ['s1', 'nowhere', partial('s4'), 'nowhere', 'ghost']);
    const y = solution('y', ['s2']);
    const coverage = computeCoverage(smallMap, [y, x]);
    expect(coverage.unknown).toEqual([{ solutionId: 'x', stationIds: ['nowhere', 'ghost'] }]);
    expect(states(coverage)).toEqual({
      s1: 'covered',
      s2: 'covered',
      s3: 'uncovered',
      s4: 'partial',
      s5: 'uncovered',
    });
    expect(coverage.byStation.has('nowhere')).toBe(false);
  });

  it('leaves every station uncovered when nothing is selected', () => {
    const coverage = computeCoverage(smallMap, []);
    expect(coverage.solutionIds).toEqual([]);
    expect(coverage.gaps).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.totals).toEqual({ covered: 0, partial: 0, uncovered: 5, total: 5 });
    expect(counts(coverage, 'zones')).toEqual([
      { id: 'a', covered: 0, partial: 0, uncovered: 2, total: 2, stationIds: ['s1', 's2'] },
      { id: 'b', covered: 0, partial: 0, uncovered: 2, total: 2, stationIds: ['s3', 's4'] },
    ]);
    expect(coverage.stations.every((s) => s.by.length === 0 && !s.overlap)).toBe(true);
  });

  it('lists claims in selection order and finds overlaps at any level', () => {
    const x = solution('x', ['s1', partial('s2')]);
    const y = solution('y', ['s2', partial('s3')]);
    const z = solution('z', [partial('s1', 'beta')]);
    const coverage = computeCoverage(smallMap, [x, y, z]);
    expect(coverage.solutionIds).toEqual(['x', 'y', 'z']);
    expect(coverage.byStation.get('s1')?.by).toEqual([
      { solutionId: 'x', level: 'full' },
      { solutionId: 'z', level: 'partial', note: 'beta' },
    ]);
    expect(coverage.byStation.get('s2')?.by.map((by) => by.solutionId)).toEqual(['x', 'y']);
    expect(coverage.overlaps).toEqual(['s1', 's2']);
    expect(coverage.stations.map((s) => s.overlap)).toEqual([true, true, false, false, false]);
    expect(states(coverage)).toEqual({
      s1: 'covered',
      s2: 'covered',
      s3: 'partial',
      s4: 'uncovered',
      s5: 'uncovered',
    });
    expect(coverage.gaps).toEqual(['s4', 's5']);
  });

  it('counts a loop line’s repeated station once and a branching line over all paths', () => {
    const coverage = computeCoverage(smallMap, [solution('x', ['s1', partial('s3'), 's5'])]);
    expect(counts(coverage, 'lines')).toEqual([
      {
        id: 'loop',
        covered: 1,
        partial: 1,
        uncovered: 1,
        total: 3,
        stationIds: ['s1', 's2', 's3'],
      },
      {
        id: 'fork',
        covered: 1,
        partial: 1,
        uncovered: 1,
        total: 3,
        stationIds: ['s3', 's4', 's5'],
      },
    ]);
    expect(coverage.lines[0]?.label).toBe('Loop');
  });

  it('counts stations per zone, leaving zone-less stations out of every zone', () => {
    const x = solution('x', ['s1', 's2', partial('s4'), 's5']);
    const coverage = computeCoverage(smallMap, [x]);
    expect(counts(coverage, 'zones')).toEqual([
      { id: 'a', covered: 2, partial: 0, uncovered: 0, total: 2, stationIds: ['s1', 's2'] },
      { id: 'b', covered: 0, partial: 1, uncovered: 1, total: 2, stationIds: ['s3', 's4'] },
    ]);
    expect(coverage.zones.map((zone) => zone.label)).toEqual(['Alpha', 'Beta']);
    expect(coverage.totals).toEqual({ covered: 3, partial: 1, uncovered: 1, total: 5 });
  });

  it('counts a solution selected twice once', () => {
    const x = solution('x', ['s1']);
    const coverage = computeCoverage(smallMap, [x, x]);
    expect(coverage.solutionIds).toEqual(['x']);
    expect(coverage.overlaps).toEqual([]);
    expect(coverage.byStation.get('s1')?.by).toHaveLength(1);
  });
});

describe('solutionStats', () => {
  it('counts full and partial claims on the map and lists unknown ones', () => {
    const x = solution('x', ['s1', partial('s2'), partial('s3'), 's3', 'ghost', partial('s4')]);
    expect(solutionStats(smallMap, x)).toEqual({
      solutionId: 'x',
      full: 2,
      partial: 2,
      total: 5,
      score: 3,
      unknown: ['ghost'],
    });
  });

  it('gives zero for a solution that claims nothing', () => {
    expect(solutionStats(smallMap, solution('x', []))).toEqual({
      solutionId: 'x',
      full: 0,
      partial: 0,
      total: 5,
      score: 0,
      unknown: [],
    });
  });
});
