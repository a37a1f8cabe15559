import { describe, expect, it } from 'vitest';
import { join, offsetInterior, simplify } from './offset.ts';

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
