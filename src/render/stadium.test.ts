import { describe, expect, it } from 'vitest';
import { stadiumPath } from './stadium.ts';

describe('stadiumPath', () => {
  it('outlines a horizontal capsule with two half circles', () => {
    expect(stadiumPath({ x: 0, y: 0 }, { x: 10, y: 0 }, 2)).toBe(
      'M0 2L10 2A2 2 0 0 0 10 -2L0 -2A2 2 0 0 0 0 2Z',
    );
  });
  it('is a circle when both ends meet', () => {
    expect(stadiumPath({ x: 1, y: 1 }, { x: 1, y: 1 }, 3)).toBe(
      'M4 1A3 3 0 1 0 -2 1A3 3 0 1 0 4 1Z',
    );
  });
});
