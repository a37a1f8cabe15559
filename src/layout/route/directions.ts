// The eight octilinear directions, numbered clockwise on screen (y grows downwards):
// 0 E, 1 SE, 2 S, 3 SW, 4 W, 5 NW, 6 N, 7 NE.
import type { Direction } from '../geometry.ts';

export type Dir = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DX: readonly number[] = [1, 1, 0, -1, -1, -1, 0, 1];
export const DY: readonly number[] = [0, 1, 1, 1, 0, -1, -1, -1];
export const DIR_NAMES: readonly Direction[] = ['E', 'SE', 'S', 'SW', 'W', 'NW', 'N', 'NE'];

export function opposite(d: number): Dir {
  return ((d + 4) % 8) as Dir;
}

/** How far apart two directions are, in steps of 45° (0 to 4). */
export function turn(a: number, b: number): number {
  const t = Math.abs(a - b) % 8;
  return t > 4 ? 8 - t : t;
}

/**
 * The cost of a bend between an incoming and an outgoing direction, after octi:
 * straight on (180° between segments) 0, 135° 1, 90° 1.5, 45° 2; reversing is not allowed.
 */
export const BEND_COST: readonly number[] = [0, 1, 1.5, 2, Infinity];

/** Direction of a vector, rounded to the nearest of the eight. */
export function nearestDir(dx: number, dy: number): Dir {
  const a = Math.atan2(dy, dx);
  return ((Math.round(a / (Math.PI / 4)) + 8) % 8) as Dir;
}

/** Exact direction of a grid step, or -1 if the step is not one of the eight. */
export function stepDir(dx: number, dy: number): number {
  for (let d = 0; d < 8; d++) if (DX[d] === dx && DY[d] === dy) return d;
  return -1;
}
