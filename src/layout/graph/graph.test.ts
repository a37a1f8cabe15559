import { describe, expect, it } from 'vitest';
import { buildGraph, components } from './graph.ts';
import { findChains } from './chains.ts';
import { segments } from '../order/segments.ts';
import type { TransitMap } from '../../model/schema.ts';

const tiny: TransitMap = {
  kind: 'map',
  id: 'tiny',
  title: 'Tiny',
  zones: [],
  lines: [
    { id: 'red', label: 'Red', color: '#f00', stops: ['a', 'b', 'c', 'd'] },
    { id: 'blue', label: 'Blue', color: '#00f', stops: [['e', 'b', 'c', 'f']] },
  ],
  stations: ['a', 'b', 'c', 'd', 'e', 'f', 'z'].map((id) => ({ id, label: id })),
};

describe('graph', () => {
  const g = buildGraph(tiny);
  it('joins consecutive stops and records the lines of each edge', () => {
    expect(g.edges.map((e) => [g.nodes[e.a]?.id, g.nodes[e.b]?.id, e.lines])).toEqual([
      ['a', 'b', [0]],
      ['b', 'c', [0, 1]],
      ['c', 'd', [0]],
      ['b', 'e', [1]],
      ['c', 'f', [1]],
    ]);
    expect(g.nodes[1]?.lines).toEqual([0, 1]);
    expect(components(g)).toEqual([[0, 1, 2, 3, 4, 5], [6]]);
  });
  it('finds degree-2 chains and same-line segments', () => {
    const line: TransitMap = {
      ...tiny,
      lines: [{ id: 'red', label: 'Red', color: '#f00', stops: ['a', 'b', 'c', 'd'] }],
      stations: tiny.stations.slice(0, 4),
    };
    const lg = buildGraph(line);
    expect(findChains(lg).map((c) => c.nodes)).toEqual([[0, 1, 2, 3]]);
    expect(segments(lg).map((s) => s.edges)).toEqual([[0, 1, 2]]);
    // In the tiny map, b and c are junctions: each edge is its own segment.
    expect(segments(g)).toHaveLength(5);
  });
});
