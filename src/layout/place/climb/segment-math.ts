// Plane geometry on grid coordinates: octilinearity, bends, crossings, clearance.

const EIGHTH = Math.PI / 4;

/** 0 for an offset at a multiple of 45°, else 1 plus the deviation as a share of 22.5°. */
export function octiPenalty(dx: number, dy: number): number {
  if (dx === 0 || dy === 0 || Math.abs(dx) === Math.abs(dy)) return 0;
  const a = Math.atan2(dy, dx);
  const dev = Math.abs(a - Math.round(a / EIGHTH) * EIGHTH);
  return 1 + dev / (EIGHTH / 2);
}

/** Cost of a line's turn at a station by its deflection (0 = straight through). */
const BEND = [0, 1, 3, 8, 30];

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

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, px: number, py: number) {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

/**
 * How badly two segments with no common endpoint meet: 0 apart, 1 crossing,
 * 2 touching or overlapping (one runs into or along the other).
 */
export function segmentClash(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): number {
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return 0;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return 0;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4 && o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0) return 1;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return 2;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return 2;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return 2;
  if (o4 === 0 && onSegment(cx, cy, dx, dy, bx, by)) return 2;
  return 0;
}

/** Distance from point p to the segment ab. */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
  return Math.hypot(px - ax - t * vx, py - ay - t * vy);
}
