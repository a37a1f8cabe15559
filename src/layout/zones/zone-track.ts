// What joins a zone's stations: the drawn track between consecutive stops of a line that
// both belong to the zone, and short straight bridges between stations of the zone that sit
// close together with no other station in the way.
import type { LineGeometry, Point, StationGeometry } from '../geometry.ts';
import { distanceToSegment } from '../geom/segment.ts';
import type { Stroke } from './lattice.ts';

export interface ZoneLinks {
  /** Per zone, the strokes (straight pieces) of what joins its stations. */
  readonly strokes: Stroke[][];
  /** Per zone, the pairs of stations so joined. */
  readonly pairs: [Point, Point][][];
}

/** The track between consecutive stops of the same zone, one line's path per station pair. */
export function zoneTrack(
  lines: readonly LineGeometry[],
  zoneIndex: (id: string) => number,
  zones: number,
  stationAt: (id: string) => Point | undefined,
): ZoneLinks & { readonly joined: ReadonlySet<string> } {
  const strokes: Stroke[][] = Array.from({ length: zones }, () => []);
  const pairs: [Point, Point][][] = Array.from({ length: zones }, () => []);
  const joined = new Set<string>();
  for (const line of lines) {
    for (const path of line.paths) {
      for (let k = 0; k + 1 < path.stations.length; k++) {
        const a = path.stations[k] as string;
        const b = path.stations[k + 1] as string;
        const z = zoneIndex(a);
        if (z < 0 || a === b || zoneIndex(b) !== z) continue;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        if (joined.has(key)) continue;
        joined.add(key);
        const i0 = path.stationPoints[k] ?? 0;
        const i1 = path.stationPoints[k + 1] ?? 0;
        const pts = path.points.slice(Math.min(i0, i1), Math.max(i0, i1) + 1);
        for (let i = 0; i + 1 < pts.length; i++)
          strokes[z]?.push({ a: pts[i] as Point, b: pts[i + 1] as Point });
        const pa = stationAt(a);
        const pb = stationAt(b);
        if (pa && pb) pairs[z]?.push([pa, pb]);
      }
    }
  }
  return { strokes, pairs, joined };
}

/** Straight joins between stations of a zone within `reach` of each other, with none between. */
export function zoneBridges(
  stations: readonly StationGeometry[],
  zoneIndex: (id: string) => number,
  joined: ReadonlySet<string>,
  zones: number,
  reach: number,
  clearance: number,
): ZoneLinks {
  const strokes: Stroke[][] = Array.from({ length: zones }, () => []);
  const pairs: [Point, Point][][] = Array.from({ length: zones }, () => []);
  const cells = new Map<string, StationGeometry[]>();
  const key = (cx: number, cy: number): string => `${cx},${cy}`;
  for (const s of stations) {
    const k = key(Math.floor(s.x / reach), Math.floor(s.y / reach));
    const list = cells.get(k);
    if (list) list.push(s);
    else cells.set(k, [s]);
  }
  const near = (p: Point): StationGeometry[] => {
    const cx = Math.floor(p.x / reach);
    const cy = Math.floor(p.y / reach);
    const found: StationGeometry[] = [];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) found.push(...(cells.get(key(cx + dx, cy + dy)) ?? []));
    return found;
  };
  const sorted = [...stations].sort((p, q) => p.x - q.x || p.y - q.y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as StationGeometry;
    const z = zoneIndex(a.id);
    if (z < 0) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as StationGeometry;
      if (b.x - a.x > reach) break;
      if (zoneIndex(b.id) !== z || Math.hypot(b.x - a.x, b.y - a.y) > reach) continue;
      if (joined.has(a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`)) continue;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const blocked = near(mid).some(
        (o) => o !== a && o !== b && distanceToSegment(o, a, b) < clearance + o.marker.r,
      );
      if (blocked) continue;
      strokes[z]?.push({ a, b });
      pairs[z]?.push([a, b]);
    }
  }
  return { strokes, pairs };
}
