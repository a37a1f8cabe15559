import { describe, expect, it } from 'vitest';
import { nearestDir, opposite, stepDir, turn } from './directions.ts';

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
