import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  boxOf,
  boxUnion,
  grow,
  intersection,
  intersects,
  rectOf,
  segmentRect,
  union,
} from './box.ts';

const a = { minX: 0, minY: 0, maxX: 2, maxY: 2 };
const b = { minX: 2, minY: 1, maxX: 5, maxY: 3 };

describe('box kit', () => {
  it('unions rectangles and boxes alike', () => {
    expect(union(a, b)).toEqual({ minX: 0, minY: 0, maxX: 5, maxY: 3 });
    expect(boxUnion(boxOf(a), boxOf(b))).toEqual({ x: 0, y: 0, width: 5, height: 3 });
    expect(rectOf({ x: 1, y: 2, width: 3, height: 4 })).toEqual({
      minX: 1,
      minY: 2,
      maxX: 4,
      maxY: 6,
    });
  });

  it('tells overlapping from touching', () => {
    expect(intersects(a, b)).toBe(false);
    expect(intersects(a, b, true)).toBe(true);
    expect(intersects(grow(a, 0.5), b)).toBe(true);
    expect(intersection(a, b)).toEqual({ width: 0, height: 1 });
  });

  it('bounds points and segments', () => {
    expect(
      boundsOf([
        { x: 1, y: 5 },
        { x: -2, y: 3 },
      ]),
    ).toEqual({ minX: -2, minY: 3, maxX: 1, maxY: 5 });
    expect(segmentRect({ x: 3, y: 0 }, { x: 1, y: 2 }, 1)).toEqual({
      minX: 0,
      minY: -1,
      maxX: 4,
      maxY: 3,
    });
  });
});
