import { describe, expect, it } from 'vitest';
import { lcg } from './random.ts';

describe('randomness', () => {
  it('repeats a seeded sequence', () => {
    const a = lcg(42);
    const b = lcg(42);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
