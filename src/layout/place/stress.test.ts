import { describe, expect, it } from 'vitest';
import { allPairs } from './stress.ts';

describe('stress', () => {
  it('measures network distances', () => {
    const D = allPairs(3, [
      { s: 0, t: 1, length: 2 },
      { s: 1, t: 2, length: 3 },
    ]);
    expect([...D]).toEqual([0, 2, 5, 2, 0, 3, 5, 3, 0]);
  });
});
