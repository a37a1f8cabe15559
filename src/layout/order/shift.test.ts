// Bundle shifts: where a line leaves a bundle, the lines that run on keep their lanes.
import { describe, expect, it } from 'vitest';
import { loadText } from '../../model/load.ts';
import { layoutMap } from '../layout.ts';
import { measureQuality } from '../measure/quality.ts';

// Three lines share w–s; at s, c turns south to t while a and b run on east to e. Centred,
// the pair a, b would sit half a spacing off the lanes they had in the bundle of three, and
// jog (two bends each); shifted, they run straight.
const TEXT = `kind: map
id: shifts
title: Two lines that run on
lines:
  - { id: a, label: A, color: "#e32017", stops: [w, s, e] }
  - { id: b, label: B, color: "#0019a8", stops: [w, s, e] }
  - { id: c, label: C, color: "#00782a", stops: [w, s, t] }
stations:
  - { id: w, label: W, position: { x: 0, y: 0 } }
  - { id: s, label: S, position: { x: 4, y: 0 } }
  - { id: e, label: E, position: { x: 8, y: 0 } }
  - { id: t, label: T, position: { x: 4, y: 4 } }
`;

describe('bundleShifts', () => {
  it('keeps the lines that run on through a parting straight, with no new crossing', () => {
    const map = loadText(TEXT).maps[0];
    if (!map) throw new Error('the test map did not load');
    const q = measureQuality(layoutMap(map), map);
    expect(q.crossings).toBe(0);
    expect(q.stacked.pairs).toBe(0);
    expect(q.bends.perLine['a']).toBe(0);
    expect(q.bends.perLine['b']).toBe(0);
    expect(q.bends.perLine['c']).toBe(1);
  });
});
