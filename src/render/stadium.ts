import type { Point } from '../layout/geometry.ts';

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The outline of a capsule (a "stadium") of radius `r` around the segment a–b, as a closed
 * SVG path: two straight sides and two half circles. Drawn with fill none it is a ring,
 * which a thick `<line>` cannot be.
 */
export function stadiumPath(a: Point, b: Point, r: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len < 1e-9) {
    return `M${r2(a.x + r)} ${r2(a.y)}A${r} ${r} 0 1 0 ${r2(a.x - r)} ${r2(a.y)}A${r} ${r} 0 1 0 ${r2(a.x + r)} ${r2(a.y)}Z`;
  }
  const nx = (-dy / len) * r;
  const ny = (dx / len) * r;
  const p = (q: Point, s: 1 | -1) => `${r2(q.x + s * nx)} ${r2(q.y + s * ny)}`;
  return `M${p(a, 1)}L${p(b, 1)}A${r} ${r} 0 0 0 ${p(b, -1)}L${p(a, -1)}A${r} ${r} 0 0 0 ${p(a, 1)}Z`;
}

/**
 * One half of a capsule (or of a dot, a = b), split lengthwise along a–b: the half on the
 * left of the way from a to b (on a dot, its left half). The partial coverage mark fills it.
 */
export function halfStadiumPath(a: Point, b: Point, r: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  // A dot splits top to bottom: its left half is filled.
  const [ux, uy] = len < 1e-9 ? [0, 1] : [dx / len, dy / len];
  const [nx, ny] = [-uy, ux];
  const p = (q: Point, sx: number, sy: number) => `${r2(q.x + sx * r)} ${r2(q.y + sy * r)}`;
  return (
    `M${p(a, -ux, -uy)}L${p(b, ux, uy)}A${r} ${r} 0 0 1 ${p(b, nx, ny)}` +
    `L${p(a, nx, ny)}A${r} ${r} 0 0 1 ${p(a, -ux, -uy)}Z`
  );
}
