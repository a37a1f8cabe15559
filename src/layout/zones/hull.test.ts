import { describe, expect, it } from 'vitest';
import { pointInPolygon } from './hull.ts';

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
