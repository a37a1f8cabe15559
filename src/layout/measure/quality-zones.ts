// Zone names measured like station labels: what each zone's name covers (label overlaps,
// target 0 on the bundled maps). Pure.
import type { Box, Geometry, Point } from '../geometry.ts';
import { intersection, rectOf } from '../geom/box.ts';
import { EPS, touchesBox } from './quality-geometry.ts';

export interface ZoneLabelOverlaps {
  /** A zone name over a station's label. */
  readonly label: number;
  /** A zone name over a station's marker. */
  readonly station: number;
  /** Zone name–segment pairs, the segment's stroke width included. */
  readonly line: number;
  /** Two zone names over each other. */
  readonly zoneLabel: number;
  readonly total: number;
}

function boxesOverlap(a: Box, b: Box): boolean {
  const { width, height } = intersection(rectOf(a), rectOf(b));
  return width > EPS && height > EPS;
}

function near(a: Point, b: Point, r: number, box: Box): boolean {
  return (
    Math.max(a.x, b.x) + r > box.x &&
    Math.min(a.x, b.x) - r < box.x + box.width &&
    Math.max(a.y, b.y) + r > box.y &&
    Math.min(a.y, b.y) - r < box.y + box.height
  );
}

/** What the zone names cover. Zones are few, so a plain scan is fast enough. */
export function zoneLabelOverlaps(geometry: Geometry): ZoneLabelOverlaps {
  const half = geometry.lineWidth / 2;
  let label = 0;
  let station = 0;
  let line = 0;
  let zoneLabel = 0;
  geometry.zones.forEach((zone, i) => {
    const box = zone.labelBox;
    for (const l of geometry.labels) if (boxesOverlap(box, l.box)) label++;
    for (const s of geometry.stations) {
      const m = s.marker;
      if (m.kind === 'dot' ? touchesBox(s, s, m.r, box) : touchesBox(m.a, m.b, m.r, box)) station++;
    }
    for (const l of geometry.lines) {
      const seen = new Set<string>();
      for (const path of l.paths) {
        for (let k = 1; k < path.points.length; k++) {
          const a = path.points[k - 1];
          const b = path.points[k];
          if (!a || !b || !near(a, b, half, box)) continue;
          const key = [`${a.x},${a.y}`, `${b.x},${b.y}`].sort().join('|');
          if (seen.has(key)) continue;
          seen.add(key);
          if (touchesBox(a, b, half, box)) line++;
        }
      }
    }
    for (let j = i + 1; j < geometry.zones.length; j++) {
      const other = geometry.zones[j];
      if (other && boxesOverlap(box, other.labelBox)) zoneLabel++;
    }
  });
  return { label, station, line, zoneLabel, total: label + station + line + zoneLabel };
}
