// What a zone's name must keep off: station labels, station markers, lines and the names
// already placed. A coarse occupancy grid answers "is this box free?" at once; an R-tree
// prices a busy box (what it covers, by weight) when no free box is to be had.
import RBush from 'rbush';
import type { Box, LabelGeometry, LineGeometry, Point, StationGeometry } from '../geometry.ts';
import { segmentHitsBox } from '../labels/labels.ts';
import { boxOf, boxUnion, grow, intersects, rectOf, segmentRect } from '../geom/box.ts';
import { Occupancy } from './occupancy.ts';

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  weight: number;
  seg?: [number, number, number, number];
}

/** Costs of what a zone name may cover. */
export const COST = { label: 1000, station: 1000, zoneLabel: 1000, line: 300 } as const;

export class ZoneObstacles {
  private readonly tree = new RBush<Item>();
  private readonly occupancy: Occupancy;
  private readonly linePad: number;

  constructor(
    stations: readonly StationGeometry[],
    lines: readonly LineGeometry[],
    labels: readonly LabelGeometry[],
    lineWidth: number,
    cell: number,
  ) {
    this.linePad = lineWidth / 2 + 0.5;
    const items: Item[] = [];
    for (const l of labels) items.push({ ...rectOf(l.box), weight: COST.label });
    for (const s of stations) {
      const m = s.marker;
      const [a, b] = m.kind === 'dot' ? [s, s] : [m.a, m.b];
      const r = m.r + 2;
      items.push({
        minX: Math.min(a.x, b.x) - r,
        minY: Math.min(a.y, b.y) - r,
        maxX: Math.max(a.x, b.x) + r,
        maxY: Math.max(a.y, b.y) + r,
        weight: COST.station,
      });
    }
    for (const line of lines) {
      for (const path of line.paths) {
        for (let i = 0; i + 1 < path.points.length; i++) {
          const p = path.points[i] as Point;
          const q = path.points[i + 1] as Point;
          items.push({ ...segmentRect(p, q), weight: COST.line, seg: [p.x, p.y, q.x, q.y] });
        }
      }
    }
    this.tree.load(items);
    let whole: Box = { x: 0, y: 0, width: 0, height: 0 };
    items.forEach((it, i) => {
      whole = i === 0 ? boxOf(it) : boxUnion(whole, boxOf(it));
    });
    this.occupancy = new Occupancy(whole, cell);
    for (const it of items) {
      if (it.seg)
        this.occupancy.markSegment({ x: it.seg[0], y: it.seg[1] }, { x: it.seg[2], y: it.seg[3] });
      else this.occupancy.markBox(boxOf(it));
    }
  }

  /** Whether the box is clear of everything (exact when it says so). */
  free(box: Box): boolean {
    return !this.occupancy.busy(box, this.linePad);
  }

  /** The summed weight of what the box covers. */
  cost(box: Box): number {
    const r = rectOf(box);
    let s = 0;
    for (const hit of this.tree.search(grow(r, this.linePad))) {
      if (hit.seg ? segmentHitsBox(hit.seg, box, this.linePad) : intersects(hit, r))
        s += hit.weight;
    }
    return s;
  }

  /** A placed name: later names keep off it. */
  add(box: Box): void {
    this.tree.insert({ ...rectOf(box), weight: COST.zoneLabel });
    this.occupancy.markBox(box);
  }
}
