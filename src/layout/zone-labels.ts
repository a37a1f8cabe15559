// Zone names: written along the edge of each zone's region, where they cover no station
// label, no station and as little line as possible. The renderer writes the name in
// capitals, bold, starting at `labelAnchor` on the baseline.
import RBush from 'rbush';
import type {
  Box,
  LabelGeometry,
  LineGeometry,
  Point,
  StationGeometry,
  ZoneGeometry,
} from './geometry.ts';
import { segmentHitsBox } from './labels.ts';
import { textWidth } from './text.ts';

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  weight: number;
  seg?: [number, number, number, number];
}

/** Estimated box of a zone name in capitals, bold, slightly spaced. */
export function zoneLabelBox(label: string, anchor: Point, fontSize: number): Box {
  const text = label.toUpperCase();
  const width = textWidth(text, fontSize) * 1.1 + text.length * 0.6;
  return { x: anchor.x, y: anchor.y - fontSize * 0.85, width, height: fontSize * 1.1 };
}

export function placeZoneLabels(
  zones: readonly ZoneGeometry[],
  labels: readonly LabelGeometry[],
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  fontSize: number,
): ZoneGeometry[] {
  const tree = new RBush<Item>();
  const items: Item[] = [];
  for (const l of labels) items.push({ ...toItem(l.box), weight: 100 });
  for (const s of stations) {
    const r = s.marker.r + 2;
    items.push({ minX: s.x - r, minY: s.y - r, maxX: s.x + r, maxY: s.y + r, weight: 100 });
  }
  for (const line of lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i] as Point;
        const q = path.points[i + 1] as Point;
        items.push({
          minX: Math.min(p.x, q.x),
          minY: Math.min(p.y, q.y),
          maxX: Math.max(p.x, q.x),
          maxY: Math.max(p.y, q.y),
          weight: 8,
          seg: [p.x, p.y, q.x, q.y],
        });
      }
    }
  }
  tree.load(items);
  return zones.map((zone) => {
    const pts = zone.outline;
    if (pts.length === 0) return zone;
    let minY = Infinity;
    for (const p of pts) minY = Math.min(minY, p.y);
    const step = Math.max(1, Math.floor(pts.length / 48));
    let best = zone.labelAnchor;
    let bestScore = Infinity;
    const probe = zoneLabelBox(zone.label, { x: 0, y: 0 }, fontSize);
    for (let i = 0; i < pts.length; i += step) {
      const p = pts[i] as Point;
      for (const anchor of [
        { x: p.x, y: p.y - 2 },
        { x: p.x - probe.width, y: p.y - 2 },
        { x: p.x, y: p.y + fontSize },
        { x: p.x - probe.width, y: p.y + fontSize },
      ]) {
        const box = zoneLabelBox(zone.label, anchor, fontSize);
        let score = (p.y - minY) * 0.02;
        for (const hit of tree.search(toItem(box))) {
          if (hit.seg && !segmentHitsBox(hit.seg, box, 2)) continue;
          score += hit.weight;
        }
        if (score < bestScore) {
          bestScore = score;
          best = anchor;
        }
      }
    }
    const box = zoneLabelBox(zone.label, best, fontSize);
    tree.insert({ ...toItem(box), weight: 100 });
    return { ...zone, labelAnchor: best };
  });
}

function toItem(b: Box): { minX: number; minY: number; maxX: number; maxY: number } {
  return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height };
}
