import { describe, expect, it } from 'vitest';
import {
  distanceToSegment,
  pointSegmentDistance,
  pointSegmentDistance2,
  segmentClash,
  segmentsCross,
} from './segment.ts';

describe('segmentsCross', () => {
  it('is true for an X and false for segments that only touch or miss', () => {
    expect(segmentsCross(0, 0, 2, 2, 0, 2, 2, 0)).toBe(true);
    expect(segmentsCross(0, 0, 2, 2, 2, 2, 3, 0)).toBe(false); // shared end
    expect(segmentsCross(0, 0, 2, 0, 0, 1, 2, 1)).toBe(false); // parallel
    expect(segmentsCross(0, 0, 1, 1, 2, 0, 3, -1)).toBe(false); // apart
  });
});

describe('segmentClash', () => {
  it('tells crossing (1) from touching or running along (2) and apart (0)', () => {
    expect(segmentClash(0, 0, 2, 2, 0, 2, 2, 0)).toBe(1);
    expect(segmentClash(0, 0, 2, 0, 1, 0, 1, 1)).toBe(2); // runs into it
    expect(segmentClash(0, 0, 2, 0, 1, 0, 3, 0)).toBe(2); // along it
    expect(segmentClash(0, 0, 2, 0, 0, 1, 2, 1)).toBe(0);
  });
});

describe('pointSegmentDistance', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(pointSegmentDistance(1, 2, 0, 0, 2, 0)).toBe(2);
    expect(pointSegmentDistance(5, 4, 0, 0, 2, 0)).toBe(5);
    expect(pointSegmentDistance(3, 4, 0, 0, 0, 0)).toBe(5); // a segment of length 0
    expect(pointSegmentDistance2(5, 4, 0, 0, 2, 0)).toBe(25);
    expect(distanceToSegment({ x: 1, y: -3 }, { x: 0, y: 0 }, { x: 2, y: 0 })).toBe(3);
  });
});
