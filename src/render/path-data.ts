// Polyline -> SVG path data with straight segments (M/L), numbers rounded for small output.
import type { Point } from '../layout/geometry.ts';

export const round = (n: number): number => Math.round(n * 100) / 100;

export function polylineData(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join('');
}
