// Stage 7: zones. Each zone is a soft region around its stations and the track between
// consecutive stations of the zone (and between its stations that sit close together),
// carved around every other station with clearance (zone-region.ts). The name is placed
// afterwards, once the station labels are known (zone-labels.ts).
import type { LineGeometry, Point, StationGeometry, ZoneGeometry } from '../geometry.ts';
import type { TransitMap } from '../../model/schema.ts';
import { zoneRegion, type Capsule } from './zone-region.ts';
import { distanceToSegment } from '../geom/segment.ts';
import { zoneLabelBox } from './zone-labels.ts';

/** Sizes, as fractions of the grid size. */
export const ZONE = {
  /** Buffer round a station's marker axis. */
  station: 0.44,
  /** Buffer round the track between two stations of the zone. */
  track: 0.3,
  /** Clear space kept round another zone's station, beyond its marker. */
  clearance: 0.4,
  /** Space kept round the zone's own markers whatever else happens. */
  keepIn: 0.12,
  /** Stations of a zone closer than this are joined even without track between them. */
  bridge: 2.3,
  cell: 1 / 3,
  softness: 0.12,
  tolerance: 0.07,
  /** Gaps inside a region with no other zone's station, up to this area (grid units²), are filled. */
  fillBelow: 64,
} as const;

const r1 = (v: number): number => Math.round(v * 10) / 10;

function markerCapsule(s: StationGeometry, extra: number): Capsule {
  const m = s.marker;
  return m.kind === 'dot' ? { a: s, b: s, r: m.r + extra } : { a: m.a, b: m.b, r: m.r + extra };
}

export function drawZones(
  map: TransitMap,
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  gridSize: number,
  fontSize: number,
): ZoneGeometry[] {
  const g = gridSize;
  const zoneOf = new Map<string, string | undefined>();
  for (const s of map.stations) if (!zoneOf.has(s.id)) zoneOf.set(s.id, s.zone);
  const byId = new Map(stations.map((s) => [s.id, s]));
  const track = intraZoneTrack(lines, zoneOf);
  const out: ZoneGeometry[] = [];
  const seen = new Set<string>();
  for (const zone of map.zones) {
    if (seen.has(zone.id)) continue;
    seen.add(zone.id);
    const mine = stations.filter((s) => zoneOf.get(s.id) === zone.id);
    if (mine.length === 0) continue;
    const others = stations.filter((s) => zoneOf.get(s.id) !== zone.id);
    const own: Capsule[] = mine.map((s) => {
      const c = markerCapsule(s, 0);
      return { ...c, r: Math.max(g * ZONE.station, c.r + g * 0.25) };
    });
    const joined = new Set<string>();
    for (const [key, points] of track.get(zone.id) ?? []) {
      joined.add(key);
      for (let i = 0; i + 1 < points.length; i++) {
        own.push({ a: points[i] as Point, b: points[i + 1] as Point, r: g * ZONE.track });
      }
    }
    own.push(...bridges(mine, others, joined, g));
    const region = zoneRegion({
      own,
      keepIn: mine.map((s) => markerCapsule(s, g * ZONE.keepIn)),
      keepOut: others.map((s) => markerCapsule(s, g * ZONE.clearance)),
      cell: g * ZONE.cell,
      softness: g * ZONE.softness,
      tolerance: g * ZONE.tolerance,
      fillBelow: g * g * ZONE.fillBelow,
    });
    const round = (loop: Point[]): Point[] => loop.map((p) => ({ x: r1(p.x), y: r1(p.y) }));
    const outlines = region.outer.map(round);
    const top = topmost(outlines[0] ?? [], byId.get(mine[0]?.id ?? '') ?? { x: 0, y: 0 });
    const anchor = { x: top.x, y: top.y - 4 };
    out.push({
      id: zone.id,
      label: zone.label,
      outlines,
      holes: region.holes.map(round),
      labelAnchor: anchor,
      labelBox: zoneLabelBox(zone.label, anchor, fontSize),
      fontSize,
    });
  }
  return out;
}

/**
 * For each zone, the drawn track between consecutive stops that both belong to it, keyed by
 * station pair (one line's path per pair: the bundle's other lines run alongside).
 */
function intraZoneTrack(
  lines: readonly LineGeometry[],
  zoneOf: ReadonlyMap<string, string | undefined>,
): Map<string, Map<string, Point[]>> {
  const out = new Map<string, Map<string, Point[]>>();
  for (const line of lines) {
    for (const path of line.paths) {
      for (let k = 0; k + 1 < path.stations.length; k++) {
        const a = path.stations[k] as string;
        const b = path.stations[k + 1] as string;
        const zone = zoneOf.get(a);
        if (zone === undefined || a === b || zoneOf.get(b) !== zone) continue;
        const key = a < b ? `${a}|${b}` : `${b}|${a}`;
        let pairs = out.get(zone);
        if (!pairs) out.set(zone, (pairs = new Map()));
        if (pairs.has(key)) continue;
        const i0 = path.stationPoints[k] ?? 0;
        const i1 = path.stationPoints[k + 1] ?? 0;
        pairs.set(key, path.points.slice(Math.min(i0, i1), Math.max(i0, i1) + 1));
      }
    }
  }
  return out;
}

/** Straight joins between stations of the zone that sit close together with no one between. */
function bridges(
  mine: readonly StationGeometry[],
  others: readonly StationGeometry[],
  joined: ReadonlySet<string>,
  g: number,
): Capsule[] {
  const reach = g * ZONE.bridge;
  const cells = new Map<string, StationGeometry[]>();
  const cellOf = (p: Point): [number, number] => [Math.floor(p.x / reach), Math.floor(p.y / reach)];
  for (const s of others) {
    const [cx, cy] = cellOf(s);
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(s);
    else cells.set(key, [s]);
  }
  const near = (p: Point): StationGeometry[] => {
    const [cx, cy] = cellOf(p);
    const found: StationGeometry[] = [];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) found.push(...(cells.get(`${cx + dx},${cy + dy}`) ?? []));
    return found;
  };
  const sorted = [...mine].sort((p, q) => p.x - q.x || p.y - q.y);
  const out: Capsule[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as StationGeometry;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as StationGeometry;
      if (b.x - a.x > reach) break;
      if (Math.hypot(b.x - a.x, b.y - a.y) > reach) continue;
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (joined.has(key)) continue;
      const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      const blocked = near(mid).some(
        (o) => distanceToSegment(o, a, b) < g * (ZONE.clearance + ZONE.track) + o.marker.r,
      );
      if (!blocked) out.push({ a, b, r: g * ZONE.track });
    }
  }
  return out;
}

function topmost(loop: readonly Point[], fallback: Point): Point {
  let best: Point = fallback;
  let first = true;
  for (const p of loop) {
    if (first || p.y < best.y) best = p;
    first = false;
  }
  return best;
}
