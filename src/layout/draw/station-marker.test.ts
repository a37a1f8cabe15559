import { describe, expect, it } from 'vitest';
import type { Point } from '../geometry.ts';
import { crossingPoint, crossingsNear, fitCapsule, type Piece } from './station-marker.ts';
import { distanceToSegment } from '../geom/segment.ts';

const S: Point = { x: 0, y: 0 };
const VERTICAL = { x: 0, y: 1 };
const DIAGONAL = { x: Math.SQRT1_2, y: Math.SQRT1_2 };
const HORIZONTAL = { x: 1, y: 0 };

describe('crossingPoint', () => {
  it('finds where two pieces cross and ignores parallel ones', () => {
    const p: Piece = { line: 0, a: { x: -5, y: 0 }, b: { x: 5, y: 0 } };
    const q: Piece = { line: 1, a: { x: 1, y: -5 }, b: { x: 1, y: 5 } };
    expect(crossingPoint(p, q)).toEqual({ x: 1, y: 0 });
    expect(crossingPoint(p, { line: 1, a: { x: -5, y: 2 }, b: { x: 5, y: 2 } })).toBeNull();
    expect(crossingPoint(p, { line: 1, a: { x: 6, y: -5 }, b: { x: 6, y: 5 } })).toBeNull();
  });
});

describe('fitCapsule', () => {
  // Three lines come in from the west at offsets -6, 0, 6 (drawn points on the axis x = 0);
  // the middle one leaves north-east from (4.2, 0) and crosses the top one, which runs on
  // east at -3, at (7.2, -3): off the axis by more than the marker's radius.
  const drawn: Point[] = [
    { x: 0, y: -4.5 },
    { x: 4.2, y: 0 },
    { x: 0, y: 4.5 },
  ];
  const pieces: Piece[] = [
    { line: 0, a: { x: -20, y: -6 }, b: { x: -1.5, y: -6 } },
    { line: 0, a: { x: -1.5, y: -6 }, b: { x: 1.5, y: -3 } },
    { line: 0, a: { x: 1.5, y: -3 }, b: { x: 20, y: -3 } },
    { line: 1, a: { x: -20, y: 0 }, b: { x: 4.2, y: 0 } },
    { line: 1, a: { x: 4.2, y: 0 }, b: { x: 14.2, y: -10 } },
  ];
  const radius = 6.85;

  it('slides across the track to cover a crossing next to the station', () => {
    const crossings = crossingsNear(S, pieces, 20);
    expect(crossings).toHaveLength(1);
    const x = crossings[0] as Point;
    expect(x.x).toBeCloseTo(7.2, 5);
    expect(x.y).toBeCloseTo(-3, 5);
    const fit = fitCapsule(S, [VERTICAL], drawn, crossings, radius, 3.1);
    expect(fit).not.toBeNull();
    if (!fit) return;
    expect(fit.a.x).toBeCloseTo(fit.b.x, 9); // still across the westward bundle
    expect(distanceToSegment(x, fit.a, fit.b)).toBeLessThanOrEqual(radius);
    for (const p of drawn) expect(distanceToSegment(p, fit.a, fit.b)).toBeLessThanOrEqual(4.2);
  });

  it('stays through the station when nothing crosses nearby', () => {
    const fit = fitCapsule(S, [VERTICAL, DIAGONAL], drawn, [], radius, 3.1);
    expect(fit).toEqual({ a: { x: 0, y: -4.5 }, b: { x: 0, y: 4.5 } });
  });

  it('turns to another octilinear axis only when that covers more crossings', () => {
    // Two bundles crossing at 45° at the station: the crossings lie along the diagonal.
    const crossings: Point[] = [
      { x: -3, y: 7.24 },
      { x: -3, y: -1.24 },
      { x: 3, y: 1.24 },
      { x: 3, y: -7.24 },
    ];
    const pts: Point[] = [
      { x: -3, y: 0 },
      { x: 3, y: 0 },
    ];
    const fit = fitCapsule(S, [HORIZONTAL, VERTICAL], pts, crossings, radius, 3.1);
    expect(fit).not.toBeNull();
    if (!fit) return;
    expect(fit.a.x).toBeCloseTo(fit.b.x, 9);
    for (const x of crossings)
      expect(distanceToSegment(x, fit.a, fit.b)).toBeLessThanOrEqual(radius);
    expect(fitCapsule(S, [HORIZONTAL, VERTICAL], pts, [], radius, 3.1)).toEqual({
      a: { x: -3, y: 0 },
      b: { x: 3, y: 0 },
    });
  });
});
