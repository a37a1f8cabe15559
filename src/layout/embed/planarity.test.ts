import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph.ts';
import { augment } from './augment.ts';
import { generatePlanarMap } from './generate-planar.ts';
import { faces, isPlanarRotation, planarEmbedding, simpleGraph } from './planarity.ts';

const complete = (k: number): [number, number][] => {
  const e: [number, number][] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) e.push([i, j]);
  return e;
};

describe('planarEmbedding', () => {
  it('embeds K4 with four faces and refuses K5 and K3,3', () => {
    const k4 = planarEmbedding(simpleGraph(4, complete(4)));
    expect(k4).not.toBeNull();
    expect(isPlanarRotation(k4 ?? [])).toBe(true);
    expect(faces(k4 ?? [])).toHaveLength(4);
    expect(planarEmbedding(simpleGraph(5, complete(5)))).toBeNull();
    const k33: [number, number][] = [];
    for (let i = 0; i < 3; i++) for (let j = 3; j < 6; j++) k33.push([i, j]);
    expect(planarEmbedding(simpleGraph(6, k33))).toBeNull();
  });

  it('refuses the Petersen graph and accepts a grid, a tree and blocks joined at a vertex', () => {
    const petersen: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 0],
      [0, 5],
      [1, 6],
      [2, 7],
      [3, 8],
      [4, 9],
      [5, 7],
      [7, 9],
      [9, 6],
      [6, 8],
      [8, 5],
    ];
    expect(planarEmbedding(simpleGraph(10, petersen))).toBeNull();
    const grid: [number, number][] = [];
    for (let y = 0; y < 6; y++)
      for (let x = 0; x < 6; x++) {
        if (x < 5) grid.push([y * 6 + x, y * 6 + x + 1]);
        if (y < 5) grid.push([y * 6 + x, (y + 1) * 6 + x]);
      }
    const g = planarEmbedding(simpleGraph(36, grid));
    expect(isPlanarRotation(g ?? [])).toBe(true);
    expect(faces(g ?? [])).toHaveLength(26); // 25 squares and the outside
    const tree = planarEmbedding(
      simpleGraph(5, [
        [0, 1],
        [1, 2],
        [1, 3],
        [3, 4],
      ]),
    );
    expect(isPlanarRotation(tree ?? [])).toBe(true);
    const bow = [
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
      [3, 4],
      [4, 2],
      [4, 5],
    ] as [number, number][];
    expect(isPlanarRotation(planarEmbedding(simpleGraph(7, bow)) ?? [])).toBe(true);
  });

  it('embeds every generated planar map, and its augmentation stays planar with a simple outer face', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, seed) => {
          const graph = buildGraph(generatePlanarMap({ stations: n, seed }));
          const rotation = planarEmbedding(
            simpleGraph(
              n,
              graph.edges.map((e) => [e.a, e.b] as [number, number]),
            ),
          );
          expect(rotation).not.toBeNull();
          expect(isPlanarRotation(rotation ?? [])).toBe(true);
          const aug = augment(rotation ?? []);
          expect(isPlanarRotation(aug.rotation)).toBe(true);
          expect(new Set(aug.outer).size).toBe(aug.outer.length);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });
});
