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
} from './geometry.ts';
import { segmentHitsBox } from './labels.ts';
import { textWidth } from './text.ts';
import { flattenLoop } from './zone-path.ts';
import { pointInPolygon } from './hull.ts';

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
}

function loopsOf(zone: ZoneGeometry): Loops {
  const loops = [...zone.outlines, ...zone.holes];
  return { loops, boxes: loops.map(boxOf) };
}

function inside(p: Point, region: Loops): boolean {
  let hit = false;
  region.loops.forEach((loop, i) => {
    const b = region.boxes[i] as Box;
    if (p.x < b.x || p.x > b.x + b.width || p.y < b.y || p.y > b.y + b.height) return;
    if (pointInPolygon(p, loop)) hit = !hit;
  });
  return hit;
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
  const grow = (b: Box): void => {
    extent = extent ? union(extent, b) : b;
  };
  for (const l of labels) {
    items.push({ ...toItem(l.box), weight: COST.label });
    grow(l.box);
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
    items.push({ ...toItem(box), weight: COST.station });
    grow(box);
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
          weight: COST.line,
          seg: [p.x, p.y, q.x, q.y],
        });
      }
    }
  }
  tree.load(items);
  const regions = zones.map(loopsOf);
  const placed: ZoneGeometry[] = [];
  zones.forEach((zone, z) => {
    const own = regions[z] as Loops;
    const fontSize = zone.fontSize;
    const size = zoneLabelBox(zone.label, { x: 0, y: 0 }, fontSize);
    /** The cost of writing the name in `box`, or Infinity once it cannot beat `bound`. */
    const score = (box: Box, bound: number): number => {
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
      const reach = {
        minX: box.x - linePad,
        minY: box.y - linePad,
        maxX: box.x + box.width + linePad,
        maxY: box.y + box.height + linePad,
      };
      for (const hit of tree.search(reach)) {
        if (!hit.seg && !overlaps(hit, box)) continue;
        if (hit.seg && !segmentHitsBox(hit.seg, box, linePad)) continue;
        s += hit.weight;
        if (s >= bound) return Infinity;
      }
      // Where the name sits against its region: inside, across the edge, hugging the edge
      // from outside (the region just above, below or beside it), or adrift.
      let mine = 0;
      const inner = innerSamples(box);
      for (const p of inner) if (inside(p, own)) mine++;
      if (mine === inner.length) s += 0;
      else if (mine > 0) s += COST.straddle;
      else if (haloSamples(box).filter((p) => inside(p, own)).length >= 2) s += COST.outside;
      else s += COST.adrift;
      if (s >= bound) return Infinity;
      for (const p of inner) {
        regions.forEach((r, k) => {
          if (k !== z && inside(p, r)) s += COST.otherZone;
        });
      }
      return s;
    };
    let best: Box | undefined;
    let bestScore = Infinity;
    zone.outlines.slice(0, 3).forEach((loop, piece) => {
      const curve = resample(flattenLoop(loop, 3), fontSize * 0.6, 80);
      let top = Infinity;
      for (const p of curve) top = Math.min(top, p.y);
      const unit = Math.max(1, size.height * 2.5);
      for (const box of candidates(curve, size.width, size.height)) {
        const extra =
          (piece > 0 ? COST.smallPiece : 0) + (COST.depth * (box.y + box.height / 2 - top)) / unit;
        const s = extra + score(box, bestScore - extra);
        if (s < bestScore) {
          bestScore = s;
          best = box;
        }
      }
    });
    if (!best) {
      placed.push(zone);
      return;
    }
    tree.insert({ ...toItem(best), weight: COST.zoneLabel });
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

/** Points spread over a box (two rows of five). */
function innerSamples(b: Box): Point[] {
  const out: Point[] = [];
  for (const fy of [0.2, 0.8]) {
    for (const fx of [0.02, 0.26, 0.5, 0.74, 0.98]) {
      out.push({ x: b.x + fx * b.width, y: b.y + fy * b.height });
    }
  }
  return out;
}

/** Points just around a box: above, below and beside it. */
function haloSamples(b: Box): Point[] {
  const d = b.height * 0.7;
  const out: Point[] = [];
  for (const fx of [0.1, 0.5, 0.9]) {
    out.push(
      { x: b.x + fx * b.width, y: b.y - d },
      { x: b.x + fx * b.width, y: b.y + b.height + d },
    );
  }
  out.push({ x: b.x - d, y: b.y + b.height / 2 }, { x: b.x + b.width + d, y: b.y + b.height / 2 });
  return out;
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

function boxOf(loop: readonly Point[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of loop) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function overlaps(item: Item, b: Box): boolean {
  return (
    item.minX < b.x + b.width && item.maxX > b.x && item.minY < b.y + b.height && item.maxY > b.y
  );
}

function toItem(b: Box): { minX: number; minY: number; maxX: number; maxY: number } {
  return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height };
}
