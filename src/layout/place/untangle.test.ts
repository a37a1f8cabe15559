import { describe, expect, it } from 'vitest';
import { roughPositions } from './force.ts';
import { generateMetroMap } from '../generate-map.ts';
import { buildGraph, type TransitGraph } from '../graph/graph.ts';
import { segmentsCross } from '../geom/segment.ts';
import { crossingsAt, untangle, type TangleGraph } from './untangle.ts';

/** A graph from [a, b, weight] edges, every edge of length 2. */
function tangle(n: number, edges: [number, number, number][], fixed: number[]): TangleGraph {
  const incident: number[][] = Array.from({ length: n }, () => []);
  edges.forEach(([a, b], i) => {
    incident[a]?.push(i);
    incident[b]?.push(i);
  });
  const pinned = new Uint8Array(n);
  for (const u of fixed) pinned[u] = 1;
  return {
    n,
    ea: Int32Array.from(edges.map((e) => e[0])),
    eb: Int32Array.from(edges.map((e) => e[1])),
    length: Float64Array.from(edges.map(() => 2)),
    weight: Float64Array.from(edges.map((e) => e[2])),
    incident,
    fixed: pinned,
  };
}

// Edge 0-1 lies along y = 0; the terminus 3 hangs from 2 across it.
const positions = (): Float64Array => Float64Array.from([0, 0, 4, 0, 2, -1, 2, 1]);

describe('crossingsAt', () => {
  it('counts each crossing edge, weighted by the lines on both edges', () => {
    const g = tangle(
      4,
      [
        [0, 1, 3],
        [2, 3, 2],
      ],
      [0, 1, 2],
    );
    expect(crossingsAt(g, positions(), 3)).toBe(6);
    expect(crossingsAt(g, positions(), 0)).toBe(6);
  });
});

describe('untangle', () => {
  it('moves a terminus off the edge it crosses, and nothing fixed', () => {
    const g = tangle(
      4,
      [
        [0, 1, 1],
        [2, 3, 1],
      ],
      [0, 1, 2],
    );
    const p = positions();
    expect(untangle(g, p, 0.5)).toBe(1);
    expect(crossingsAt(g, p, 3)).toBe(0);
    expect(Array.from(p.subarray(0, 6))).toEqual([0, 0, 4, 0, 2, -1]);
    // Still one edge length from its neighbour.
    expect(Math.hypot((p[6] as number) - 2, (p[7] as number) + 1)).toBeCloseTo(2, 9);
  });

  it('leaves a pinned node where it is', () => {
    const g = tangle(
      4,
      [
        [0, 1, 1],
        [2, 3, 1],
      ],
      [0, 1, 2, 3],
    );
    const p = positions();
    expect(untangle(g, p, 0.5)).toBe(0);
    expect(Array.from(p)).toEqual(Array.from(positions()));
  });

  it('never moves a node closer than minDist to another', () => {
    const g = tangle(
      4,
      [
        [0, 1, 1],
        [2, 3, 1],
      ],
      [0, 1, 2],
    );
    const p = positions();
    // Every spot tried is two units from node 2, closer than minDist.
    expect(untangle(g, p, 3)).toBe(0);
    expect(crossingsAt(g, p, 3)).toBe(1);
  });
});

/** Pairs of straight edges that cross, weighted by their lines. */
function straightCrossings(graph: TransitGraph, p: Float64Array): number {
  let count = 0;
  const at = (u: number): [number, number] => [p[u * 2] as number, p[u * 2 + 1] as number];
  graph.edges.forEach((e, i) => {
    for (const f of graph.edges.slice(i + 1)) {
      if (e.a === f.a || e.a === f.b || e.b === f.a || e.b === f.b) continue;
      if (segmentsCross(...at(e.a), ...at(e.b), ...at(f.a), ...at(f.b)))
        count += e.lines.length * f.lines.length;
    }
  });
  return count;
}

describe('untangled rough layouts', () => {
  it('cross less in all than plain ones over generated maps', () => {
    let plain = 0;
    let untangled = 0;
    for (const stations of [60, 100, 150]) {
      const map = generateMetroMap({ stations, lines: 6, seed: stations, branches: 2, loops: 1 });
      const graph = buildGraph(map);
      const options = { seed: 1, linkLength: 2.8 };
      plain += straightCrossings(graph, roughPositions(graph, { ...options, untangle: 'none' }));
      untangled += straightCrossings(graph, roughPositions(graph, options));
    }
    expect(untangled).toBeLessThan(plain);
  });
});
