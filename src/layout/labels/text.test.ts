import { describe, expect, it } from 'vitest';
import { segmentHitsBox } from './labels.ts';
import { textWidth, wrapOptions } from './text.ts';

describe('labels and text', () => {
  it('finds segments touching a box', () => {
    const box = { x: 0, y: 0, width: 10, height: 5 };
    expect(segmentHitsBox([-5, 2, 15, 2], box, 0)).toBe(true);
    expect(segmentHitsBox([-5, 8, 15, 8], box, 0)).toBe(false);
    expect(segmentHitsBox([-5, 8, 15, 8], box, 4)).toBe(true);
  });
  it('wraps long labels onto two balanced rows', () => {
    expect(wrapOptions('Data lake')).toEqual([['Data lake'], ['Data', 'lake']]);
    expect(wrapOptions('Model  validation and review')).toEqual([
      ['Model validation and review'],
      ['Model validation', 'and review'],
    ]);
    expect(wrapOptions('Training')).toEqual([['Training']]);
    expect(textWidth('WW', 10)).toBeGreaterThan(textWidth('ii', 10));
  });
});
