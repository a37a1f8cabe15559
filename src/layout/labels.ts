// Stage 6: labels. Each station's label is tried in the eight directions at two distances,
// on one row or wrapped onto two; each candidate is scored against labels already placed,
// station markers and line segments (found through an R-tree). Stations whose labels
// have the fewest clean candidates are placed first.
import RBush from 'rbush';
import type { Box, Direction, LabelGeometry, LineGeometry, StationGeometry } from './geometry.ts';
import { textWidth, wrapOptions } from './text.ts';

interface Item {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Segment end points when the item is a line segment; stations use their box. */
  seg?: [number, number, number, number];
  station?: number;
}

export interface LabelOptions {
  readonly fontSize: number;
  readonly lineWidth: number;
}

interface Candidate {
  rows: string[];
  box: Box;
  direction: Direction;
  textAnchor: 'start' | 'middle' | 'end';
  penalty: number;
}

const DIRS: readonly [Direction, number, number, number][] = [
  // direction, unit x, unit y, preference penalty
  ['E', 1, 0, 0],
  ['W', -1, 0, 0.6],
  ['NE', 1, -1, 1],
  ['SE', 1, 1, 1],
  ['N', 0, -1, 1.4],
  ['S', 0, 1, 1.4],
  ['NW', -1, -1, 1.6],
  ['SW', -1, 1, 1.6],
];

export function placeLabels(
  stations: readonly StationGeometry[],
  labels: readonly string[],
  lines: readonly LineGeometry[],
  options: LabelOptions,
): LabelGeometry[] {
  const fs = options.fontSize;
  const rowHeight = Math.round(fs * 1.2 * 100) / 100;
  const obstacles = new RBush<Item>();
  const items: Item[] = [];
  const markerBoxes = stations.map(markerBox);
  markerBoxes.forEach((b, i) => items.push({ ...b, station: i }));
  const pad = options.lineWidth / 2 + 1;
  for (const line of lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i];
        const q = path.points[i + 1];
        if (!p || !q) continue;
        items.push({
          minX: Math.min(p.x, q.x) - pad,
          minY: Math.min(p.y, q.y) - pad,
          maxX: Math.max(p.x, q.x) + pad,
          maxY: Math.max(p.y, q.y) + pad,
          seg: [p.x, p.y, q.x, q.y],
        });
      }
    }
  }
  obstacles.load(items);
  const placed = new RBush<Item>();

  const candidates = stations.map((s, i) =>
    candidatesFor(markerBoxes[i] as Item, s, labels[i] ?? s.id, fs, rowHeight),
  );
  const staticScore = candidates.map((list, i) =>
    list.map((c) => c.penalty + obstacleScore(obstacles, c.box, i, pad)),
  );
  const clean = staticScore.map((scores) => scores.filter((s) => s < 5).length);
  const order = stations
    .map((_, i) => i)
    .sort((a, b) => (clean[a] as number) - (clean[b] as number) || a - b);

  const chosen = new Int32Array(stations.length).fill(-1);
  const boxes: (Item | undefined)[] = new Array(stations.length);
  const choose = (i: number): number => {
    const list = candidates[i] as Candidate[];
    const scores = staticScore[i] as number[];
    let best = 0;
    let bestScore = Infinity;
    list.forEach((c, k) => {
      const base = scores[k] as number;
      if (base >= bestScore) return;
      const s = base + labelScore(placed, c.box);
      if (s < bestScore) {
        bestScore = s;
        best = k;
      }
    });
    const c = list[best] as Candidate;
    const item = {
      minX: c.box.x,
      minY: c.box.y,
      maxX: c.box.x + c.box.width,
      maxY: c.box.y + c.box.height,
    };
    boxes[i] = item;
    placed.insert(item);
    chosen[i] = best;
    return bestScore;
  };
  const score = order.map((i) => choose(i));
  // Repair: labels still overlapping another label are placed again, a few rounds.
  for (let round = 0; round < 4; round++) {
    let moved = false;
    order.forEach((i, k) => {
      const own = boxes[i];
      if (!own || (score[k] as number) < 100) return;
      placed.remove(own);
      const before = chosen[i];
      score[k] = choose(i);
      if (chosen[i] !== before) moved = true;
    });
    if (!moved) break;
  }
  const result: (LabelGeometry | undefined)[] = stations.map((station, i) => {
    const c = (candidates[i] as Candidate[])[chosen[i] as number];
    if (!c) return undefined;
    const ax =
      c.textAnchor === 'start'
        ? c.box.x
        : c.textAnchor === 'end'
          ? c.box.x + c.box.width
          : c.box.x + c.box.width / 2;
    return {
      stationId: station.id,
      rows: c.rows,
      anchor: { x: ax, y: c.box.y + (rowHeight - fs) / 2 + fs * 0.8 },
      textAnchor: c.textAnchor,
      direction: c.direction,
      fontSize: fs,
      rowHeight,
      box: c.box,
    };
  });
  return result.filter((l): l is LabelGeometry => l !== undefined);
}

function markerBox(s: StationGeometry): Item {
  const m = s.marker;
  if (m.kind === 'dot')
    return { minX: s.x - m.r, minY: s.y - m.r, maxX: s.x + m.r, maxY: s.y + m.r };
  return {
    minX: Math.min(m.a.x, m.b.x) - m.r,
    minY: Math.min(m.a.y, m.b.y) - m.r,
    maxX: Math.max(m.a.x, m.b.x) + m.r,
    maxY: Math.max(m.a.y, m.b.y) + m.r,
  };
}

function candidatesFor(
  mb: Item,
  s: StationGeometry,
  label: string,
  fs: number,
  rowHeight: number,
): Candidate[] {
  const out: Candidate[] = [];
  const wraps = wrapOptions(label);
  wraps.forEach((rows, wi) => {
    const w = Math.max(...rows.map((r) => textWidth(r, fs)));
    const h = rows.length * rowHeight;
    const long = textWidth(label, fs) > fs * 9;
    const wrapPenalty = wi === 0 ? (long ? 0.8 : 0) : long ? 0 : 1.2;
    for (const gap of [fs * 0.35, fs * 1.1, fs * 2.2]) {
      for (const [direction, ux, uy, pref] of DIRS) {
        const cx = ux > 0 ? mb.maxX + gap : ux < 0 ? mb.minX - gap : s.x;
        const cy = uy > 0 ? mb.maxY + gap * 0.6 : uy < 0 ? mb.minY - gap * 0.6 : s.y;
        const x =
          ux > 0
            ? cx - (uy !== 0 ? gap * 0.4 : 0)
            : ux < 0
              ? cx - w + (uy !== 0 ? gap * 0.4 : 0)
              : cx - w / 2;
        const y = uy > 0 ? cy : uy < 0 ? cy - h : cy - h / 2;
        const penalty = pref + wrapPenalty + (gap > fs * 2 ? 9 : gap > fs ? 3 : 0);
        const textAnchor = ux > 0 ? 'start' : ux < 0 ? 'end' : 'middle';
        out.push({ rows, box: { x, y, width: w, height: h }, direction, textAnchor, penalty });
        if (ux === 0) {
          // Above or below, also flush left or right with the station.
          const left = { x: mb.minX, y, width: w, height: h };
          const right = { x: mb.maxX - w, y, width: w, height: h };
          out.push({ rows, box: left, direction, textAnchor: 'start', penalty: penalty + 0.5 });
          out.push({ rows, box: right, direction, textAnchor: 'end', penalty: penalty + 0.5 });
        }
      }
    }
  });
  return out;
}

function obstacleScore(tree: RBush<Item>, b: Box, self: number, pad: number): number {
  let score = 0;
  const hits = tree.search({ minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height });
  for (const h of hits) {
    if (h.seg) {
      if (segmentHitsBox(h.seg, b, pad)) score += 7;
    } else if (h.station !== undefined) {
      score += h.station === self ? 60 : 100;
    }
  }
  return score;
}

function labelScore(tree: RBush<Item>, b: Box): number {
  let score = 0;
  for (const h of tree.search({
    minX: b.x,
    minY: b.y,
    maxX: b.x + b.width,
    maxY: b.y + b.height,
  })) {
    const w = Math.min(h.maxX, b.x + b.width) - Math.max(h.minX, b.x);
    const ht = Math.min(h.maxY, b.y + b.height) - Math.max(h.minY, b.y);
    if (w > 0 && ht > 0) score += 200 + w * ht * 0.05;
  }
  return score;
}

/** Whether a segment comes within `pad` of a box (Liang–Barsky clipping). */
export function segmentHitsBox(
  seg: readonly [number, number, number, number],
  b: Box,
  pad: number,
): boolean {
  const [x1, y1, x2, y2] = seg;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const p = [-dx, dx, -dy, dy];
  const q = [
    x1 - (b.x - pad),
    b.x + b.width + pad - x1,
    y1 - (b.y - pad),
    b.y + b.height + pad - y1,
  ];
  for (let i = 0; i < 4; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi === 0) {
      if (qi < 0) return false;
    } else {
      const t = qi / pi;
      if (pi < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
