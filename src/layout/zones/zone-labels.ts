// Zone names: written just inside or just outside the edge of each zone's region, where
// they cover no station label, no station, no other zone's name and as little line as
// possible. The renderer writes the name in capitals, bold, from `labelAnchor` on the
// baseline, at the zone's `fontSize`.
import RBush from 'rbush';
import type {
  Box,
  LabelGeometry,
  LineGeometry,
  Point,
  StationGeometry,
  ZoneGeometry,
} from '../geometry.ts';
import { segmentHitsBox } from '../labels/labels.ts';
import { textWidth } from '../labels/text.ts';
import { flattenLoop } from './zone-path.ts';
import { Occupancy } from './occupancy.ts';
import { boundsOf, boxOf, boxUnion, grow, intersects, rectOf, segmentRect } from '../geom/box.ts';

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  weight: number;
  seg?: [number, number, number, number];
}

/** Costs of what a zone name may cover. */
const COST = {
  label: 1000,
  station: 1000,
  zoneLabel: 1000,
  line: 300,
  /** Per sample point of the name inside another zone's region (whose name is it?). */
  otherZone: 6,
  /** The name straddles its region's edge / hugs it from outside / is away from it. */
  straddle: 10,
  outside: 8,
  adrift: 80,
  /** A piece other than the largest. */
  smallPiece: 5,
  /** Per grid unit below the top of the piece. */
  depth: 0.3,
  /** Per pixel beyond the extent of the map drawn so far. */
  beyond: 0.5,
};

/** Font size of zone names, for a given station-label font size. */
export function zoneFontSize(fontSize: number): number {
  return Math.max(11, fontSize * 0.95);
}

/** Estimated box of a zone name in capitals, bold, slightly spaced. */
export function zoneLabelBox(label: string, anchor: Point, fontSize: number): Box {
  const text = label.toUpperCase();
  const width = textWidth(text, fontSize) * 1.1 + text.length * 0.6;
  return { x: anchor.x, y: anchor.y - fontSize * 0.85, width, height: fontSize * 1.1 };
}

interface Loops {
  readonly loops: readonly (readonly Point[])[];
  readonly boxes: readonly Box[];
  /** Encloses every loop. */
  readonly box: Box;
}

function loopsOf(zone: ZoneGeometry): Loops {
  const loops = [...zone.outlines, ...zone.holes];
  return {
    loops,
    boxes: loops.map((l) => boxOf(boundsOf(l))),
    box: boxOf(boundsOf(loops.flat())),
  };
}

/** Where the horizontal line at height y crosses the region's edges, left to right. */
function crossings(region: Loops, y: number): number[] {
  const xs: number[] = [];
  region.loops.forEach((loop, i) => {
    const b = region.boxes[i] as Box;
    if (y < b.y || y > b.y + b.height) return;
    for (let k = 0, j = loop.length - 1; k < loop.length; j = k++) {
      const p = loop[k] as Point;
      const q = loop[j] as Point;
      if (p.y > y !== q.y > y) xs.push(((q.x - p.x) * (y - p.y)) / (q.y - p.y) + p.x);
    }
  });
  return xs.sort((u, v) => u - v);
}

/** How many of the points (x, y) for x in `xs` lie inside, given the row's crossings. */
function countInside(row: readonly number[], xs: readonly number[]): number {
  let n = 0;
  for (const x of xs) {
    let k = 0;
    while (k < row.length && (row[k] as number) < x) k++;
    if (k % 2 === 1) n++;
  }
  return n;
}

export function placeZoneLabels(
  zones: readonly ZoneGeometry[],
  labels: readonly LabelGeometry[],
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  lineWidth: number,
): ZoneGeometry[] {
  const linePad = lineWidth / 2 + 0.5;
  const tree = new RBush<Item>();
  const items: Item[] = [];
  let extent: Box | undefined;
  const extend = (b: Box): void => {
    extent = extent ? boxUnion(extent, b) : b;
  };
  for (const l of labels) {
    items.push({ ...rectOf(l.box), weight: COST.label });
    extend(l.box);
  }
  for (const s of stations) {
    const m = s.marker;
    const [a, b] = m.kind === 'dot' ? [s, s] : [m.a, m.b];
    const r = m.r + 2;
    const box = {
      x: Math.min(a.x, b.x) - r,
      y: Math.min(a.y, b.y) - r,
      width: Math.abs(a.x - b.x) + 2 * r,
      height: Math.abs(a.y - b.y) + 2 * r,
    };
    items.push({ ...rectOf(box), weight: COST.station });
    extend(box);
  }
  for (const line of lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i] as Point;
        const q = path.points[i + 1] as Point;
        items.push({
          ...segmentRect(p, q),
          weight: COST.line,
          seg: [p.x, p.y, q.x, q.y],
        });
      }
    }
  }
  tree.load(items);
  // A coarse occupancy grid answers "is this box free?" at once; only busy boxes are
  // looked at closely, and only when no free box is to be had.
  let whole = extent ?? { x: 0, y: 0, width: 0, height: 0 };
  for (const it of items) {
    whole = boxUnion(whole, boxOf(it));
  }
  const occupancy = new Occupancy(whole, Math.max(6, zones[0]?.fontSize ?? 12));
  for (const it of items) {
    if (it.seg)
      occupancy.markSegment({ x: it.seg[0], y: it.seg[1] }, { x: it.seg[2], y: it.seg[3] });
    else
      occupancy.markBox({
        x: it.minX,
        y: it.minY,
        width: it.maxX - it.minX,
        height: it.maxY - it.minY,
      });
  }
  const regions = zones.map(loopsOf);
  const placed: ZoneGeometry[] = [];
  zones.forEach((zone, z) => {
    const own = regions[z] as Loops;
    const fontSize = zone.fontSize;
    const size = zoneLabelBox(zone.label, { x: 0, y: 0 }, fontSize);
    /** The cost of writing the name in `box`, or Infinity once it cannot beat `bound`. */
    const score = (box: Box, bound: number, closely: boolean): number => {
      if (bound <= 0) return Infinity;
      const free = !occupancy.busy(box, linePad);
      if (!free && !closely) return Infinity;
      let s = 0;
      if (extent) {
        const e = extent;
        s +=
          COST.beyond *
          (Math.max(0, e.x - box.x) +
            Math.max(0, box.x + box.width - e.x - e.width) +
            Math.max(0, e.y - box.y) +
            Math.max(0, box.y + box.height - e.y - e.height));
      }
      const reach = grow(rectOf(box), linePad);
      for (const hit of free ? [] : tree.search(reach)) {
        if (!hit.seg && !intersects(hit, rectOf(box))) continue;
        if (hit.seg && !segmentHitsBox(hit.seg, box, linePad)) continue;
        s += hit.weight;
        if (s >= bound) return Infinity;
      }
      // Where the name sits against its region: inside, across the edge, hugging the edge
      // from outside (the region just above, below or beside it), or adrift.
      const xs = [0.02, 0.26, 0.5, 0.74, 0.98].map((f) => box.x + f * box.width);
      const rows = [box.y + 0.2 * box.height, box.y + 0.8 * box.height];
      let mine = 0;
      for (const y of rows) mine += countInside(crossings(own, y), xs);
      if (mine === xs.length * rows.length) s += 0;
      else if (mine > 0) s += COST.straddle;
      else if (halo(box, own) >= 2) s += COST.outside;
      else s += COST.adrift;
      if (s >= bound) return Infinity;
      regions.forEach((r, k) => {
        if (k === z || !intersects(rectOf(r.box), rectOf(box), true)) return;
        for (const y of rows) s += COST.otherZone * countInside(crossings(r, y), xs);
      });
      return s;
    };
    let best: Box | undefined;
    let bestScore = Infinity;
    const pieces = zone.outlines
      .slice(0, 2)
      .filter((loop, piece) => piece === 0 || loop.length >= 12)
      .map((loop) => {
        const curve = resample(flattenLoop(loop, 2), fontSize * 0.8, 32);
        let top = Infinity;
        for (const p of curve) top = Math.min(top, p.y);
        return { boxes: candidates(curve, size.width, size.height), top };
      });
    const unit = Math.max(1, size.height * 2.5);
    // First the boxes clear of everything; if there are none, every box, looked at closely.
    for (const closely of [false, true]) {
      pieces.forEach(({ boxes, top }, piece) => {
        for (const box of boxes) {
          const extra =
            (piece > 0 ? COST.smallPiece : 0) +
            (COST.depth * (box.y + box.height / 2 - top)) / unit;
          const s = extra + score(box, bestScore - extra, closely);
          if (s < bestScore) {
            bestScore = s;
            best = box;
          }
        }
      });
      if (best) break;
    }
    if (!best) {
      placed.push(zone);
      return;
    }
    tree.insert({ ...rectOf(best), weight: COST.zoneLabel });
    occupancy.markBox(best);
    const anchor = { x: best.x, y: best.y + fontSize * 0.85 };
    placed.push({
      ...zone,
      labelAnchor: anchor,
      labelBox: zoneLabelBox(zone.label, anchor, fontSize),
    });
  });
  return placed;
}

/**
 * Boxes of size w × h that have a corner or the middle of a side at (a small gap from)
 * each point of the region's edge: whichever of them falls just inside or just outside.
 */
function candidates(curve: readonly Point[], w: number, h: number): Box[] {
  const out: Box[] = [];
  const gap = 3;
  for (const p of curve) {
    for (const fx of [0, 0.5, 1]) {
      for (const fy of [0, 0.5, 1]) {
        if (fx === 0.5 && fy === 0.5) continue;
        out.push({
          x: p.x - fx * w + (1 - 2 * fx) * gap,
          y: p.y - fy * h + (1 - 2 * fy) * gap,
          width: w,
          height: h,
        });
      }
    }
  }
  return out;
}

/** How many points just around a box (above, below, beside it) lie in the region. */
function halo(b: Box, region: Loops): number {
  const d = b.height * 0.7;
  const xs = [0.1, 0.5, 0.9].map((f) => b.x + f * b.width);
  return (
    countInside(crossings(region, b.y - d), xs) +
    countInside(crossings(region, b.y + b.height + d), xs) +
    countInside(crossings(region, b.y + b.height / 2), [b.x - d, b.x + b.width + d])
  );
}

/** Points every `step` along a closed curve, with the step widened to give at most `most`. */
function resample(curve: readonly Point[], step: number, most: number): Point[] {
  const n = curve.length;
  let length = 0;
  for (let i = 0; i < n; i++) {
    const a = curve[i] as Point;
    const b = curve[(i + 1) % n] as Point;
    length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  const every = Math.max(step, length / most);
  const out: Point[] = [];
  let since = every;
  for (let i = 0; i < n; i++) {
    const a = curve[i] as Point;
    const b = curve[(i + 1) % n] as Point;
    if (since >= every) {
      out.push(a);
      since = 0;
    }
    since += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return out;
}
