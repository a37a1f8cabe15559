// Whose name is it? A label reads as its station's when no other station's marker lies
// nearer to it; a label set further off is tied to its station by a leader, which must
// cross no line and no other marker.
import RBush from 'rbush';
import type { Geometry } from '../geometry.ts';
import { segmentRect } from '../geom/box.ts';
import {
  markerAxis,
  markerRectDistance,
  segmentDistance,
  type MarkerAxis,
} from '../labels/label-geometry.ts';

export interface LabelAttribution {
  /** Labels without a leader that lie nearer another station's marker than their own. */
  readonly ambiguous: number;
  /** Their station ids, for a report. */
  readonly ambiguousIds: readonly string[];
  /** Labels joined to their station by a leader. */
  readonly leaders: number;
  /** Leaders that cross a line as drawn or another station's marker (target 0). */
  readonly leaderCrossings: number;
}

/** Another marker must be nearer by more than this (pixels) to make a label ambiguous. */
const TOLERANCE = 0.5;

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  readonly i: number;
  readonly axis: MarkerAxis;
  /** -1 for a marker, else the index of the line the segment belongs to. */
  readonly line: number;
}

function item(axis: MarkerAxis, i: number, line: number): Item {
  return {
    minX: Math.min(axis.x1, axis.x2) - axis.r,
    minY: Math.min(axis.y1, axis.y2) - axis.r,
    maxX: Math.max(axis.x1, axis.x2) + axis.r,
    maxY: Math.max(axis.y1, axis.y2) + axis.r,
    i,
    axis,
    line,
  };
}

export function labelAttribution(geometry: Geometry): LabelAttribution {
  const markers = new RBush<Item>();
  markers.load(geometry.stations.map((s, i) => item(markerAxis(s), i, -1)));
  const segments = new RBush<Item>();
  const half = geometry.lineWidth / 2;
  const segs: Item[] = [];
  geometry.lines.forEach((line, li) => {
    for (const path of line.paths)
      for (let k = 0; k + 1 < path.points.length; k++) {
        const p = path.points[k];
        const q = path.points[k + 1];
        if (p && q) segs.push(item({ x1: p.x, y1: p.y, x2: q.x, y2: q.y, r: half }, k, li));
      }
  });
  segments.load(segs);
  const index = new Map(geometry.stations.map((s, i) => [s.id, i]));
  const ambiguousIds: string[] = [];
  let leaders = 0;
  let leaderCrossings = 0;
  for (const label of geometry.labels) {
    const own = index.get(label.stationId);
    const station = own === undefined ? undefined : geometry.stations[own];
    if (own === undefined || !station) continue;
    if (label.leader) {
      leaders++;
      const [a, b] = label.leader;
      const box = segmentRect(a, b);
      const hit = (o: Item): boolean =>
        segmentDistance(a.x, a.y, b.x, b.y, o.axis.x1, o.axis.y1, o.axis.x2, o.axis.y2) < o.axis.r;
      const crosses =
        segments.search(box).some(hit) || markers.search(box).some((o) => o.i !== own && hit(o));
      if (crosses) leaderCrossings++;
      continue;
    }
    const { x, y, width, height } = label.box;
    const mine = markerRectDistance(markerAxis(station), x, y, x + width, y + height);
    const reach = mine + 1;
    const near = markers.search({
      minX: x - reach,
      minY: y - reach,
      maxX: x + width + reach,
      maxY: y + height + reach,
    });
    const nearer = near.some(
      (o) =>
        o.i !== own && markerRectDistance(o.axis, x, y, x + width, y + height) < mine - TOLERANCE,
    );
    if (nearer) ambiguousIds.push(label.stationId);
  }
  return { ambiguous: ambiguousIds.length, ambiguousIds, leaders, leaderCrossings };
}
