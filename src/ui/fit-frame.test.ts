import { describe, expect, it } from 'vitest';
import type { Geometry } from '../layout/geometry.ts';
import { bareBounds, fitFrame, padded } from './fit-frame.ts';

const dot = (id: string, x: number, y: number) => ({ id, x, y, marker: { kind: 'dot', r: 5 } });
// Two stations 1000 × 500 apart; their names reach 100 units further out on each side.
const geometry = {
  stations: [dot('a', 0, 0), dot('b', 1000, 500)],
  lines: [
    {
      paths: [
        {
          points: [
            { x: 0, y: 0 },
            { x: 1000, y: 500 },
          ],
        },
      ],
    },
  ],
  zones: [],
  labels: [{ stationId: 'a', fontSize: 12 }],
  bounds: { x: -100, y: -20, width: 1200, height: 540 },
} as unknown as Geometry;

describe('bareBounds', () => {
  it('encloses the markers and lines, not the labels', () => {
    expect(bareBounds(geometry, false)).toEqual({ x: -5, y: -5, width: 1010, height: 510 });
  });
  it('takes the zone shapes, and their names when asked', () => {
    const zoned = {
      ...geometry,
      zones: [
        {
          outlines: [
            [
              { x: -30, y: -10 },
              { x: 20, y: 40 },
            ],
          ],
          labelBox: { x: -60, y: -40, width: 50, height: 12 },
        },
      ],
    } as unknown as Geometry;
    expect(bareBounds(zoned, false)).toEqual({ x: -30, y: -10, width: 1035, height: 515 });
    expect(bareBounds(zoned, true)).toEqual({ x: -60, y: -40, width: 1065, height: 545 });
  });
});

describe('fitFrame', () => {
  it('frames the whole bounds where the labels will be legible (a desktop)', () => {
    // 1000 / 1248 px per unit: 9.6 px text.
    expect(fitFrame(geometry, 24, { width: 1000, height: 700 })).toEqual(
      padded(geometry.bounds, 24),
    );
  });
  it('frames only what is drawn where the labels will be hidden (a phone)', () => {
    // 390 / 1248 px per unit: 3.75 px text, hidden; so the bare map fills the width.
    expect(fitFrame(geometry, 24, { width: 390, height: 600 })).toEqual(
      padded(bareBounds(geometry, false), 24),
    );
  });
  it('keeps the labels’ room when framing tighter would make them legible again', () => {
    // Whole: 850 / 1248 → 8.2 px; bare: 850 / 1058 → 9.6 px, so the names come back.
    expect(fitFrame(geometry, 24, { width: 850, height: 1000 })).toEqual(
      padded(geometry.bounds, 24),
    );
  });
});
