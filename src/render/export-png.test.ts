import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, canvasProblem } from './export-png.ts';

describe('canvasProblem', () => {
  it('accepts what Chromium can draw', () => {
    expect(canvasProblem(4224, 2796)).toBeNull();
    expect(canvasProblem(16_384, 16_384)).toBeNull();
  });

  it('refuses a side past the limit, naming the size and what to do', () => {
    expect(canvasProblem(23_684, 272)).toBe(
      "The PNG would be 23,684 × 272 px, more than the browser's 16,384 px per side. Choose a smaller scale, or export SVG, which scales without limit.",
    );
  });

  it('refuses an area past the limit even when each side fits', () => {
    const tight = { maxSide: 20_000, maxArea: CANVAS_LIMITS.maxArea };
    expect(canvasProblem(17_000, 17_000, tight)).toMatch(/289 million pixels/);
  });

  it('refuses an empty picture', () => {
    expect(canvasProblem(0, 10)).toMatch(/nothing to draw/);
    expect(canvasProblem(Number.NaN, 10)).toMatch(/nothing to draw/);
  });
});
