import { describe, expect, it } from 'vitest';
import type { TransitMap } from '../../model/schema.ts';
import { layoutMap, layoutMapWith, STAGES } from '../layout.ts';
import type { LayoutStages } from '../layout.ts';
import { createRoutingMemo } from './routing-memo.ts';

const base: TransitMap = {
  kind: 'map',
  id: 'memo',
  title: 'Memo',
  zones: [
    { id: 'z1', label: 'Zone one' },
    { id: 'z2', label: 'Zone two' },
  ],
  lines: [
    { id: 'a', label: 'A', color: '#123456', stops: ['s1', 's2', 's3', 's4'] },
    { id: 'b', label: 'B', color: '#aa0000', stops: ['t1', 's2', 's3', 't2'] },
  ],
  stations: [
    { id: 's1', label: 'One', zone: 'z1' },
    { id: 's2', label: 'Two', zone: 'z1' },
    { id: 's3', label: 'Three', zone: 'z2' },
    { id: 's4', label: 'Four', zone: 'z2' },
    { id: 't1', label: 'Tee one', zone: 'z1' },
    { id: 't2', label: 'Tee two', zone: 'z2' },
  ],
};

/** The stages, counting how often the routing starts afresh (once per seed tried). */
function counting(): { stages: LayoutStages; roughs: () => number } {
  let n = 0;
  return {
    stages: { ...STAGES, rough: (...args) => (n++, STAGES.rough(...args)) },
    roughs: () => n,
  };
}

const relabelled: TransitMap = {
  ...base,
  zones: [{ id: 'z1', label: 'Zone one, renamed at length' }, base.zones[1]!],
  lines: [{ ...base.lines[0]!, color: '#00ff00' }, base.lines[1]!],
  stations: base.stations.map((s) => (s.id === 's3' ? { ...s, label: 'Three, longer' } : s)),
};

describe('routing memo', () => {
  it('reuses the routing when only labels and colours change, with the same geometry', () => {
    const memo = createRoutingMemo();
    const { stages, roughs } = counting();
    layoutMapWith(base, {}, stages, memo);
    const first = roughs();
    expect(first).toBeGreaterThan(0);
    const reused = layoutMapWith(relabelled, {}, stages, memo);
    expect(roughs()).toBe(first);
    expect(reused).toEqual(layoutMap(relabelled));
  });

  it('routes afresh when the shape changes: a stop, a zone, a pin or the seed', () => {
    const changes: [TransitMap, number][] = [
      [
        {
          ...base,
          lines: [{ ...base.lines[0]!, stops: ['s1', 's2', 's3', 's4', 't2'] }, base.lines[1]!],
        },
        1,
      ],
      [
        { ...base, stations: base.stations.map((s) => (s.id === 's2' ? { ...s, zone: 'z2' } : s)) },
        1,
      ],
      [
        {
          ...base,
          stations: base.stations.map((s) =>
            s.id === 's1' ? { ...s, position: { x: 0, y: 0 } } : s,
          ),
        },
        1,
      ],
      [base, 2],
    ];
    for (const [changed, seed] of changes) {
      const memo = createRoutingMemo();
      const { stages, roughs } = counting();
      layoutMapWith(base, {}, stages, memo);
      const first = roughs();
      const geometry = layoutMapWith(changed, { seed }, stages, memo);
      expect(roughs()).toBeGreaterThan(first);
      expect(geometry).toEqual(layoutMap(changed, { seed }));
    }
  });

  it('keeps only the last few shapes', () => {
    const memo = createRoutingMemo(1);
    const { stages, roughs } = counting();
    layoutMapWith(base, {}, stages, memo);
    layoutMapWith(base, { seed: 2 }, stages, memo);
    const before = roughs();
    layoutMapWith(base, {}, stages, memo);
    expect(roughs()).toBeGreaterThan(before);
  });
});
