import { describe, expect, it } from 'vitest';
import { nearestDir, opposite, stepDir, turn } from './route/directions.ts';
import { join, offsetInterior, simplify } from './draw/offset.ts';
import { segmentHitsBox } from './labels/labels.ts';
import { textWidth, wrapOptions } from './labels/text.ts';
import { pointInPolygon } from './zones/hull.ts';
import { buildGraph, components } from './graph/graph.ts';
import { findChains } from './graph/chains.ts';
import { segments } from './order/segments.ts';
import { MinHeap, RoutingGrid } from './route/grid.ts';
import { lcg } from './place/random.ts';
import { allPairs } from './place/stress.ts';
import type { TransitMap } from '../model/schema.ts';

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

describe('directions', () => {
  it('measures turns in 45° steps', () => {
    expect([turn(0, 0), turn(0, 1), turn(0, 2), turn(7, 1), turn(0, 4), turn(2, 7)]).toEqual([
      0, 1, 2, 2, 4, 3,
    ]);
    expect(opposite(1)).toBe(5);
    expect(nearestDir(10, 0.5)).toBe(0);
    expect(nearestDir(1, 1)).toBe(1);
    expect(nearestDir(0, -3)).toBe(6);
    expect(stepDir(-1, 1)).toBe(3);
    expect(stepDir(2, 0)).toBe(-1);
  });
});

describe('offsets', () => {
  it('mitres a right-angle corner', () => {
    // East then south, 2 to the right of travel: the corner moves inwards (left, down).
    expect(join({ x: 0, y: 0 }, { x: 1, y: 0 }, 2, { x: 0, y: 1 }, 2)).toEqual({
      points: [{ x: -2, y: 2 }],
      centre: 0,
    });
  });
  it('jogs at 45° where the offset changes on a straight run', () => {
    const j = join({ x: 0, y: 0 }, { x: 1, y: 0 }, 0, { x: 1, y: 0 }, 4);
    expect(j.centre).toBe(1);
    expect(j.points).toEqual([
      { x: -2, y: 0 },
      { x: 0, y: 2 },
      { x: 2, y: 4 },
    ]);
  });
  it('simplifies straight runs and offsets interior corners', () => {
    const pts = simplify([
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 0 },
      { x: 3, y: 1 },
    ]);
    expect(pts).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 3, y: 1 },
    ]);
    const inner = offsetInterior(pts, 1);
    expect(inner).toHaveLength(1);
    expect(inner[0]?.y).toBeCloseTo(1);
  });
});

describe('labels and text', () => {
  it('finds segments touching a box', () => {
    const box = { x: 0, y: 0, width: 10, height: 5 };
    expect(segmentHitsBox([-5, 2, 15, 2], box, 0)).toBe(true);
    expect(segmentHitsBox([-5, 8, 15, 8], box, 0)).toBe(false);
    expect(segmentHitsBox([-5, 8, 15, 8], box, 4)).toBe(true);
  });
  it('wraps long labels onto two balanced rows', () => {
    expect(wrapOptions('Data lake')).toEqual([['Data lake'], ['Data', 'lake']]);
    expect(wrapOptions('Model  validation and review')).toEqual([
      ['Model validation and review'],
      ['Model validation', 'and review'],
    ]);
    expect(wrapOptions('Training')).toEqual([['Training']]);
    expect(textWidth('WW', 10)).toBeGreaterThan(textWidth('ii', 10));
  });
});

describe('polygons', () => {
  it('tells whether a point lies inside a polygon', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
    ];
    expect(pointInPolygon({ x: 1, y: 1 }, square)).toBe(true);
    expect(pointInPolygon({ x: 3, y: 1 }, square)).toBe(false);
  });
});

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
  it('measures network distances', () => {
    const D = allPairs(3, [
      { s: 0, t: 1, length: 2 },
      { s: 1, t: 2, length: 3 },
    ]);
    expect([...D]).toEqual([0, 2, 5, 2, 0, 3, 5, 3, 0]);
  });
});

describe('grid and randomness', () => {
  it('pops a heap in order', () => {
    const h = new MinHeap();
    for (const [k, v] of [
      [3, 30],
      [1, 10],
      [2, 20],
      [1, 5],
    ] as const)
      h.push(k, v);
    const out: number[] = [];
    while (h.length > 0) out.push(h.pop());
    expect(out).toEqual([5, 10, 20, 30]);
  });
  it('marks steps and the diagonal they cross', () => {
    const grid = new RoutingGrid(0, 0, 3, 3);
    grid.mark([grid.id(0, 0), grid.id(1, 1), grid.id(2, 1)], 1);
    expect(grid.passing[grid.id(1, 1)]).toBe(1);
    expect(grid.step[grid.id(0, 0) * 8 + 1]).toBe(1);
    // The other diagonal of the same cell (from (1,0) going south-west) is taken too.
    expect(grid.step[grid.id(1, 0) * 8 + 3]).toBe(1);
    grid.mark([grid.id(0, 0), grid.id(1, 1), grid.id(2, 1)], -1);
    expect(grid.step.every((s) => s === 0)).toBe(true);
  });
  it('repeats a seeded sequence', () => {
    const a = lcg(42);
    const b = lcg(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
