// Plane geometry on grid coordinates: octilinearity, bends and angles (crossings and
// clearance come from the shared kit, geom/segment.ts).

const EIGHTH = Math.PI / 4;

/** 0 for an offset at a multiple of 45°, else 1 plus the deviation as a share of 22.5°. */
export function octiPenalty(dx: number, dy: number): number {
  if (dx === 0 || dy === 0 || Math.abs(dx) === Math.abs(dy)) return 0;
  const a = Math.atan2(dy, dx);
  const dev = Math.abs(a - Math.round(a / EIGHTH) * EIGHTH);
  return 1 + dev / (EIGHTH / 2);
}

/**
 * Cost of a line's turn at a station by its deflection in eighths of a turn (0 = straight
 * through): a sharper turn costs a little more, but a turn is counted as one turn first —
 * pricing a right angle at eight 45° turns made the climb bend lines twice to avoid one.
 */
const BEND = [0, 1, 1.5, 2, 30];

export function bendPenalty(ax: number, ay: number, bx: number, by: number): number {
  // Vectors from the station to the two neighbours; straight when they point apart.
  const la = Math.hypot(ax, ay);
  const lb = Math.hypot(bx, by);
  if (la === 0 || lb === 0) return BEND[4] as number;
  if (ax * by - ay * bx === 0 && ax * bx + ay * by < 0) return 0;
  const cos = Math.max(-1, Math.min(1, (ax * bx + ay * by) / (la * lb)));
  const deflection = (Math.PI - Math.acos(cos)) / EIGHTH; // 0..4 in eighths
  const k = Math.min(3, Math.floor(deflection));
  const f = deflection - k;
  return (BEND[k] as number) * (1 - f) + (BEND[k + 1] as number) * f;
}

/** Angle between two directions from a common station, in eighths of a turn (0..4). */
export function angleBetween(ax: number, ay: number, bx: number, by: number): number {
  const la = Math.hypot(ax, ay);
  const lb = Math.hypot(bx, by);
  if (la === 0 || lb === 0) return 0;
  const cos = Math.max(-1, Math.min(1, (ax * bx + ay * by) / (la * lb)));
  return Math.acos(cos) / EIGHTH;
}
