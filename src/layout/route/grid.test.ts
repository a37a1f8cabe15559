import { describe, expect, it } from 'vitest';
import { MinHeap, RoutingGrid } from './grid.ts';

describe('grid', () => {
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
});
