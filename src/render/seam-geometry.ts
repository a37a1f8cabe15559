// Where a seam sits on the drawn map: the stretch of track between its two stations, taken
// from a line that runs along that connection, and the point halfway along it.
import type { Geometry, Point } from '../layout/geometry.ts';

export interface SeamStretch {
  readonly points: readonly Point[];
  readonly middle: Point;
}

function halfway(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => {
    const q = points[i] as Point;
    return Math.hypot(p.x - q.x, p.y - q.y);
  });
  let rest = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i += 1) {
    const l = lengths[i] ?? 0;
    const p = points[i] as Point;
    const q = points[i + 1] as Point;
    if (rest <= l && l > 0) {
      const t = rest / l;
      return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
    }
    rest -= l;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** The stretch between stations `a` and `b` on the first of `lineIds` drawn there. */
export function seamStretch(
  geometry: Geometry,
  a: string,
  b: string,
  lineIds: readonly string[],
): SeamStretch | undefined {
  for (const lineId of lineIds) {
    const line = geometry.lines.find((l) => l.id === lineId);
    for (const path of line?.paths ?? []) {
      for (let i = 1; i < path.stations.length; i += 1) {
        const from = path.stations[i - 1];
        const to = path.stations[i];
        if (!((from === a && to === b) || (from === b && to === a))) continue;
        const start = path.stationPoints[i - 1] ?? 0;
        const end = path.stationPoints[i] ?? start;
        const points = path.points.slice(start, end + 1);
        if (points.length >= 2) return { points, middle: halfway(points) };
      }
    }
  }
  // No drawn path found (a line not laid out yet): the straight connection.
  const sa = geometry.stations.find((s) => s.id === a);
  const sb = geometry.stations.find((s) => s.id === b);
  if (!sa || !sb) return undefined;
  const points = [sa, sb].map(({ x, y }) => ({ x, y }));
  return { points, middle: halfway(points) };
}
