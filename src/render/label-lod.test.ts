import { describe, expect, it } from 'vitest';
import { LEGIBLE_PX, legible, visibleLabels } from './label-lod.ts';

const label = (stationId: string, fontSize = 12) => ({ stationId, fontSize });

describe('legible', () => {
  it('reads from LEGIBLE_PX on screen: font size × pixels per unit × zoom', () => {
    expect(LEGIBLE_PX).toBe(9);
    expect(legible(12, { pixelsPerUnit: 0.75, k: 1 })).toBe(true); // 9 px
    expect(legible(12, { pixelsPerUnit: 0.74, k: 1 })).toBe(false); // 8.9 px
    expect(legible(12, { pixelsPerUnit: 0.4, k: 2 })).toBe(true); // 9.6 px, zoomed in
    expect(legible(12, { pixelsPerUnit: 1, k: 0.5 })).toBe(false); // 6 px, zoomed out
  });
  it('is false while the size on screen is unknown', () => {
    expect(legible(12, { pixelsPerUnit: 0, k: 1 })).toBe(false);
    expect(legible(12, { pixelsPerUnit: Number.NaN, k: 1 })).toBe(false);
  });
});

describe('visibleLabels', () => {
  const labels = ['a', 'b', 'c'].map((id) => label(id));
  it('returns the same array while every label is legible', () => {
    expect(visibleLabels(labels, { pixelsPerUnit: 1, k: 1 })).toBe(labels);
  });
  it('hides every label that would be smaller than legible, shrinking none', () => {
    // 12 map units at 0.3 px per unit: 3.6 px, a phone's fit of a wide map.
    expect(visibleLabels(labels, { pixelsPerUnit: 0.3, k: 1 })).toEqual([]);
    expect(visibleLabels(labels, { pixelsPerUnit: 0.3, k: 2.5 })).toBe(labels);
  });
  it('checks each label by its own size', () => {
    const mixed = [label('big', 24), label('small', 8)];
    expect(visibleLabels(mixed, { pixelsPerUnit: 0.5, k: 1 })).toEqual([label('big', 24)]);
  });
});
