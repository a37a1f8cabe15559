// Line order on shared edges: as few crossings as possible, then as few jogs.
import { describe, expect, it } from 'vitest';
import { loadText } from '../../model/load.ts';
import { layoutMap } from '../layout.ts';
import { measureQuality } from '../measure/quality.ts';

// Line a runs straight through s; b shares its western edge and c its eastern one, each
// ending at s. No order crosses anything, but only some keep a on one track through s.
// Station e is listed before s, so the two edges' own left-to-right orders face opposite
// ways and the plain (map) order puts a on different sides of the two edges.
const TEXT = `kind: map
id: jogs
title: A line that need not jog
lines:
  - { id: a, label: A, color: "#e32017", stops: [w, s, e] }
  - { id: b, label: B, color: "#0019a8", stops: [w, s] }
  - { id: c, label: C, color: "#00782a", stops: [s, e] }
stations:
  - { id: w, label: W, position: { x: 0, y: 0 } }
  - { id: e, label: E, position: { x: 6, y: 0 } }
  - { id: s, label: S, position: { x: 3, y: 0 } }
`;

describe('orderLines', () => {
  it('keeps a line straight through a station where no order would cross', () => {
    const map = loadText(TEXT).maps[0];
    expect(map).toBeDefined();
    if (!map) return;
    const q = measureQuality(layoutMap(map), map);
    expect(q.crossings).toBe(0);
    expect(q.stacked.pairs).toBe(0);
    expect(q.bends.perLine['a']).toBe(0);
  });
});
