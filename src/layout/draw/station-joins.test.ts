import { describe, expect, it } from 'vitest';
import type { Point } from '../geometry.ts';
import { joinShapes, overlapCount, resolveStation, type StationPass } from './station-joins.ts';

const s = { x: 0, y: 0 };
const E = { x: 1, y: 0 };
const W = { x: -1, y: 0 };
const N = { x: 0, y: -1 };
const S = { x: 0, y: 1 };

function octilinear(points: readonly Point[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const dx = Math.abs(b.x - a.x);
    const dy = Math.abs(b.y - a.y);
    if (dx > 1e-9 && dy > 1e-9 && Math.abs(dx - dy) > 1e-9) return false;
  }
  return true;
}

function pass(line: number, uIn: Point, uOut: Point, inFar: Point, outFar: Point): StationPass {
  return {
    line,
    shapes: joinShapes(s, uIn, 0, uOut, 9, 6, 30, 30),
    inFar,
    outFar,
    chosen: 0,
  };
}

describe('station joins', () => {
  it('keeps two turning lines on opposite edges off each other', () => {
    // A comes from the west on the centre track and turns north 9 px east of the centre;
    // B comes from the east on the same track and turns south 9 px west of it: mitred,
    // both run along y = 0 between x = -9 and 9.
    const a = pass(0, E, N, { x: -30, y: 0 }, { x: 9, y: -30 });
    const b = pass(1, W, S, { x: 30, y: 0 }, { x: -9, y: 30 });
    expect(a.shapes[0]?.points).toEqual([{ x: 9, y: 0 }]);
    expect(b.shapes[0]?.points).toEqual([{ x: -9, y: 0 }]);
    resolveStation([a, b], 2);
    const path = (p: StationPass): Point[] => [
      p.inFar as Point,
      ...(p.shapes[p.chosen]?.points ?? []),
      p.outFar as Point,
    ];
    const pa = path(a);
    const pb = path(b);
    expect(octilinear(pa) && octilinear(pb)).toBe(true);
    // No stretch of one lies on the other: their parts on y = 0 meet at most in a point.
    const onAxis = (pts: Point[]): number[] =>
      pts.filter((p) => Math.abs(p.y) < 1e-9).map((p) => p.x);
    expect(Math.max(...onAxis(pa))).toBeLessThanOrEqual(Math.min(...onAxis(pb)));
    // Each still leaves along its own outgoing track.
    expect(pa[pa.length - 2]?.x).toBeCloseTo(9);
    expect(pb[pb.length - 2]?.x).toBeCloseTo(-9);
  });

  it('leaves joins that overlap nothing as plain mitres', () => {
    const a = pass(0, E, N, { x: -30, y: 0 }, { x: 9, y: -30 });
    const b = pass(1, W, N, { x: 30, y: 20 }, { x: 20, y: -30 });
    resolveStation([a, b], 2);
    expect(a.chosen).toBe(0);
    expect(b.chosen).toBe(0);
  });

  it('offers jogs moved off the station on a straight run', () => {
    const shapes = joinShapes(s, E, 0, E, 6, 6, 40, 40);
    expect(shapes.length).toBeGreaterThan(1);
    for (const shape of shapes) expect(octilinear(shape.points)).toBe(true);
  });

  it('moves a gentle (45°) corner off the track of a line on the opposite edge', () => {
    // After London's Baker Street: A arrives from the south-east on the centre track and
    // bends north there; B arrives from the east 3 px below the centre and bends north-west
    // onto the centre track, its mitre 3 px south-east of the centre: on A's track.
    const d = Math.SQRT1_2;
    const NW = { x: -d, y: -d };
    const a: StationPass = {
      line: 0,
      shapes: joinShapes(s, NW, 0, N, 0, 6, 30, 30),
      inFar: { x: 30 * d, y: 30 * d },
      outFar: { x: 0, y: -30 },
      chosen: 0,
    };
    const b: StationPass = {
      line: 1,
      shapes: joinShapes(s, W, -3, NW, 0, 6, 30, 30),
      inFar: { x: 30, y: 3 },
      outFar: { x: -30 * d, y: -30 * d },
      chosen: 0,
    };
    expect(b.shapes[0]?.points[0]?.x).toBeCloseTo(3);
    expect(b.shapes[0]?.points[0]?.y).toBeCloseTo(3);
    const path = (p: StationPass): Point[] => [
      p.inFar as Point,
      ...(p.shapes[p.chosen]?.points ?? []),
      p.outFar as Point,
    ];
    expect(overlapCount(path(a), path(b), 2)).toBeGreaterThan(0);
    resolveStation([a, b], 2);
    expect(overlapCount(path(a), path(b), 2)).toBe(0);
    expect(octilinear(path(a)) && octilinear(path(b))).toBe(true);
  });
});
