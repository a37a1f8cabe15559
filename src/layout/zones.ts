// Stage 7: zones. A soft region behind each zone's stations: the padded convex hull when
// it holds no other zone's station, otherwise a traced outline of the grid cells near the
// zone's own stations (see zone-region.ts).
import type { Point, StationGeometry, ZoneGeometry } from './geometry.ts';
import { circlePoints, convexHull, pointInPolygon, polygonPath } from './hull.ts';
import type { TransitMap } from '../model/schema.ts';
import { zoneRegion } from './zone-region.ts';

export function drawZones(
  map: TransitMap,
  stations: readonly StationGeometry[],
  gridSize: number,
): ZoneGeometry[] {
  const zoneOf = new Map<string, string | undefined>();
  for (const s of map.stations) if (!zoneOf.has(s.id)) zoneOf.set(s.id, s.zone);
  const out: ZoneGeometry[] = [];
  const seen = new Set<string>();
  const pad = gridSize * 0.45;
  for (const zone of map.zones) {
    if (seen.has(zone.id)) continue;
    seen.add(zone.id);
    const mine = stations.filter((s) => zoneOf.get(s.id) === zone.id);
    if (mine.length === 0) continue;
    const others = stations.filter((s) => zoneOf.get(s.id) !== zone.id);
    const hull = convexHull(mine.flatMap((s) => circlePoints(s, pad, 16)));
    let outlines: Point[][] = [hull];
    if (others.some((o) => pointInPolygon(o, hull) || nearPolygon(o, hull, gridSize * 0.2))) {
      outlines = zoneRegion(mine, others, gridSize);
    }
    const main = outlines[0] ?? hull;
    out.push({
      id: zone.id,
      label: zone.label,
      d: outlines.map(polygonPath).join(''),
      outline: main,
      labelAnchor: labelAnchor(main, gridSize),
    });
  }
  return out;
}

function nearPolygon(p: Point, poly: readonly Point[], d: number): boolean {
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const a = poly[j] as Point;
    const b = poly[i] as Point;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    if (Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y) < d) return true;
  }
  return false;
}

/** Just inside the top-left of the region: where the zone's name is written. */
function labelAnchor(poly: readonly Point[], gridSize: number): Point {
  let best: Point = poly[0] ?? { x: 0, y: 0 };
  for (const p of poly) if (p.y + p.x * 0.25 < best.y + best.x * 0.25) best = p;
  return { x: best.x, y: best.y + gridSize * 0.05 };
}
