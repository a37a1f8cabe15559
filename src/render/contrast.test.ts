import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, withContrast } from './contrast.ts';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('mixes colours', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('lifts a colour that is too faint, and leaves a good one alone', () => {
    expect(withContrast('#0072b2', '#ffffff')).toBe('#0072b2');
    const lifted = withContrast('#333333', '#16181d');
    expect(contrastRatio(lifted, '#16181d')).toBeGreaterThanOrEqual(3);
    const darkened = withContrast('#f0e442', '#ffffff');
    expect(contrastRatio(darkened, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
