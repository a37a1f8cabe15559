// Stage 6: labels. Each station's label is tried on every side of its marker (slid along
// that side, so that it can sit level with the station or above or below its track) and at
// the four corners, at several distances, on one row or wrapped onto two. A candidate's
// cost is its preference (east first, close to the station, one row for short names, not
// nearer another station than its own) plus what it covers: line segments as drawn (offset
// polyline, stroke width included), station markers, and the labels already placed.
// Obstacles sit in R-trees, asked once per station for the area its candidates can reach.
// Stations with the fewest clean candidates are placed first; then labels that still
// overlap another label are placed again, alone and in pairs, and a label still covering a
// line or a station may push the labels in its way aside (two levels).
import RBush from 'rbush';
import type { Box, Direction, LabelGeometry, LineGeometry, StationGeometry } from './geometry.ts';
import { textWidth, wrapOptions } from './text.ts';

export interface LabelOptions {
  readonly fontSize: number;
  readonly lineWidth: number;
}

interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A line segment or a station marker (a dot is a segment of length 0), with its radius. */
interface Obstacle extends Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly r: number;
  /** The station whose marker this is, or -1 for a line segment. */
  readonly station: number;
}

interface Placed extends Rect {
  readonly station: number;
}

/** What covering something costs; preferences stay well below `line`. */
const COST = {
  line: 40,
  station: 100,
  label: 200,
  /** The label lies nearer another station than its own: whose name is it? */
  ambiguous: 6,
} as const;
/** Room kept clear round a label, in pixels, beyond the lines' stroke. */
const MARGIN = 1;
/**
 * The renderer sets labels at weight 500 with a 3 px halo; measured in Chromium, the text
 * runs up to 5% wider than text.ts estimates for the regular weight.
 */
const WIDTH_SLACK = 1.04;

const DIRECTIONS: readonly Direction[] = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];
const ANCHORS = ['start', 'middle', 'end'] as const;

/** Slides along a side (±1: flush with the marker's edge) and what they cost. */
const SLIDES: readonly [number, number][] = [
  [0, 0],
  [-0.5, 0.4],
  [0.5, 0.4],
  [-1, 0.8],
  [1, 0.8],
];

/** Distances from the marker (in font sizes) and what moving that far costs. */
const GAPS: readonly [number, number][] = [
  [0.3, 0],
  [1, 1.5],
  [1.8, 4],
  [2.8, 8],
];

/** Most candidates a station can have: two ways of setting the text, each gap, each spot. */
const PER_STATION = 2 * GAPS.length * (4 * SLIDES.length + 4);

/** Every station's candidates, flat: box, cost and a code (direction, anchor, rows). */
class Candidates {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly h: Float64Array;
  /** Preference: direction, distance, slide, rows. */
  readonly cost: Float64Array;
  /** What the candidate covers (lines, stations, nearness to others); NaN until asked. */
  readonly cover: Float64Array;
  readonly code: Int32Array;
  /** First candidate of each station, and one past the last station's. */
  readonly start: number[] = [0];
  length = 0;

  constructor(stations: number) {
    const n = stations * PER_STATION;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.w = new Float64Array(n);
    this.h = new Float64Array(n);
    this.cost = new Float64Array(n);
    this.cover = new Float64Array(n).fill(NaN);
    this.code = new Int32Array(n);
  }

  add(x: number, y: number, w: number, h: number, cost: number, code: number): void {
    const k = this.length++;
    this.x[k] = x;
    this.y[k] = y;
    this.w[k] = w;
    this.h[k] = h;
    this.cost[k] = cost;
    this.code[k] = code;
  }
}

export function placeLabels(
  stations: readonly StationGeometry[],
  labels: readonly string[],
  lines: readonly LineGeometry[],
  options: LabelOptions,
): LabelGeometry[] {
  const fs = options.fontSize;
  const rowHeight = Math.round(fs * 1.2 * 100) / 100;
  const obstacles = new RBush<Obstacle>();
  obstacles.load(obstacleList(stations, lines, options.lineWidth / 2 + MARGIN));

  const cands = new Candidates(stations.length);
  const wraps = stations.map((s, i) => wrapOptions(labels[i] ?? s.id));
  const reaches: Rect[] = [];
  /** Each station's candidates (offsets from its first), most preferred first. */
  const ranks: Int32Array[] = [];
  const rankCache = new Map<string, Int32Array>();
  stations.forEach((s, i) => {
    const from = cands.length;
    const key = addCandidates(cands, s, wraps[i] as string[][], fs, rowHeight);
    cands.start.push(cands.length);
    reaches.push(extent(cands, from, cands.length));
    let rank = rankCache.get(key);
    if (!rank) {
      const pref = cands.cost;
      rank = Int32Array.from({ length: cands.length - from }, (_, k) => k).sort(
        (a, b) => (pref[from + a] as number) - (pref[from + b] as number) || a - b,
      );
      rankCache.set(key, rank);
    }
    ranks.push(rank);
  });
  const { x: cx, y: cy, w: cw, h: ch, cost: pref, cover } = cands;
  const start = cands.start;
  const nearCache: (Obstacle[] | undefined)[] = new Array(stations.length);
  /** Fixed cost of candidate k of station i: preference plus what it covers. */
  const fixed = (i: number, k: number): number => {
    let c = cover[k] as number;
    if (Number.isNaN(c)) {
      let near = nearCache[i];
      if (!near) near = nearCache[i] = obstacles.search(reaches[i] as Rect);
      c = coverCost(cands, k, near, i, stations[i] as StationGeometry);
      cover[k] = c;
    }
    return (pref[k] as number) + c;
  };
  // Difficulty: how many of a station's most preferred candidates are clean.
  const clean = stations.map((_, i) => {
    const rank = ranks[i] as Int32Array;
    const s0 = start[i] as number;
    let n = 0;
    for (let r = 0; r < Math.min(40, rank.length); r++)
      if (fixed(i, s0 + (rank[r] as number)) < COST.line) n++;
    return n;
  });
  const order = stations
    .map((_, i) => i)
    .sort((a, b) => (clean[a] as number) - (clean[b] as number) || a - b);

  const placed = new RBush<Placed>();
  const chosen = new Int32Array(stations.length).fill(-1);
  const items: (Placed | undefined)[] = new Array(stations.length);
  const boxOf = (k: number): Rect => ({
    minX: cx[k] as number,
    minY: cy[k] as number,
    maxX: (cx[k] as number) + (cw[k] as number),
    maxY: (cy[k] as number) + (ch[k] as number),
  });
  const put = (i: number, k: number): void => {
    const item = { ...boxOf(k), station: i };
    items[i] = item;
    chosen[i] = k;
    placed.insert(item);
  };
  const lift = (i: number): void => {
    const item = items[i];
    if (item) placed.remove(item);
    items[i] = undefined;
  };
  /** Cost of candidate k against the labels in `near`. */
  const labelCost = (near: readonly Placed[], k: number): number => {
    const x0 = (cx[k] as number) - MARGIN;
    const y0 = (cy[k] as number) - MARGIN;
    const x1 = (cx[k] as number) + (cw[k] as number) + MARGIN;
    const y1 = (cy[k] as number) + (ch[k] as number) + MARGIN;
    let c = 0;
    for (const o of near) {
      const w = Math.min(x1, o.maxX) - Math.max(x0, o.minX);
      const h = Math.min(y1, o.maxY) - Math.max(y0, o.minY);
      if (w > 0 && h > 0) c += COST.label + w * h * 0.05;
    }
    return c;
  };
  const choose = (i: number): void => {
    const near = placed.search(reaches[i] as Rect);
    const rank = ranks[i] as Int32Array;
    const s0 = start[i] as number;
    let best = s0 + (rank[0] as number);
    let bestCost = Infinity;
    for (const r of rank) {
      const k = s0 + r;
      if ((pref[k] as number) >= bestCost) break; // ranked by preference: none further wins
      const base = fixed(i, k);
      if (base >= bestCost) continue;
      const total = base + labelCost(near, k);
      if (total < bestCost) {
        bestCost = total;
        best = k;
      }
    }
    put(i, best);
  };
  for (const i of order) choose(i);

  // Repair: a label that overlaps another label is placed again, now that all are down.
  const overlapping = (i: number): number[] => {
    const item = items[i];
    if (!item) return [];
    const r = grow(item, MARGIN);
    const out: number[] = [];
    for (const o of placed.search(r)) if (o.station !== i && intersects(r, o)) out.push(o.station);
    return out;
  };
  for (let round = 0; round < 6; round++) {
    let moved = false;
    for (const i of order) {
      if (overlapping(i).length === 0) continue;
      const before = chosen[i];
      lift(i);
      choose(i);
      if (chosen[i] !== before) moved = true;
    }
    if (!moved) break;
  }
  // Pairs: a label that still overlaps another label, or covers a line or a station, is
  // placed again together with each label near it (both labels' best candidates searched
  // jointly); a move is kept only when it lowers the pair's cost.
  const ranked = (i: number, n: number, keep: number): [number, number][] => {
    const near = placed.search(reaches[i] as Rect);
    const s0 = start[i] as number;
    const count = (start[i + 1] as number) - s0;
    const totals = new Float64Array(count);
    for (let r = 0; r < count; r++) totals[r] = fixed(i, s0 + r) + labelCost(near, s0 + r);
    // The n cheapest by selection (n is small), then the current choice if it is not among them.
    const top: [number, number][] = [];
    const taken = new Uint8Array(count);
    for (let t = 0; t < Math.min(n, count); t++) {
      let best = -1;
      for (let r = 0; r < count; r++)
        if (!taken[r] && (best < 0 || (totals[r] as number) < (totals[best] as number))) best = r;
      taken[best] = 1;
      top.push([totals[best] as number, s0 + best]);
    }
    if (!taken[keep - s0]) top.push([totals[keep - s0] as number, keep]);
    return top;
  };
  const tryPair = (i: number, j: number): void => {
    const ki = chosen[i] as number;
    const kj = chosen[j] as number;
    lift(i);
    lift(j);
    const ri = ranked(i, 24, ki);
    const rj = ranked(j, 24, kj);
    const pairCost = (a: number, b: number): number =>
      intersects(grow(boxOf(a), MARGIN), boxOf(b)) ? COST.label : 0;
    const costOf = (list: [number, number][], k: number): number =>
      list.find(([, x]) => x === k)?.[0] ?? Infinity;
    let best: [number, number] = [ki, kj];
    let bestCost = costOf(ri, ki) + costOf(rj, kj) + pairCost(ki, kj);
    for (const [ca, a] of ri) {
      for (const [cb, b] of rj) {
        const total = ca + cb;
        if (total >= bestCost - 1e-9) continue;
        const withPair = total + pairCost(a, b);
        if (withPair < bestCost - 1e-9) {
          bestCost = withPair;
          best = [a, b];
        }
      }
    }
    put(i, best[0]);
    put(j, best[1]);
  };
  for (const i of order) {
    if (!items[i]) continue;
    let partners = overlapping(i);
    if (fixed(i, chosen[i] as number) >= COST.line) {
      // Covering a line or a station: worth a pair search only with the labels that sit where
      // this label could go cleanly.
      let clean: Rect | undefined;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        if (fixed(i, k) >= COST.line) continue;
        const b = boxOf(k);
        clean = clean ? union(clean, b) : b;
      }
      if (clean) partners = placed.search(grow(clean, MARGIN)).map((o) => o.station);
    }
    for (const j of partners) if (j !== i && items[j] && items[i]) tryPair(i, j);
  }

  // Ejection: a label still covering a line or a station takes one of its clean places, the
  // labels it lands on move to their best places, and the labels those land on too (two
  // levels); kept only when the labels involved cost less than before.
  const current = (t: number): number => {
    const item = items[t];
    if (!item) return 0;
    lift(t);
    const near = placed.search(grow(item, MARGIN));
    const c = fixed(t, chosen[t] as number) + labelCost(near, chosen[t] as number);
    put(t, chosen[t] as number);
    return c;
  };
  const tryEject = (i: number, k: number): boolean => {
    const saved = new Map<number, number>([[i, chosen[i] as number]]);
    lift(i);
    put(i, k);
    let wave = overlapping(i);
    for (let depth = 0; depth < 2 && wave.length > 0; depth++) {
      const next: number[] = [];
      for (const j of wave) {
        if (saved.has(j)) continue;
        saved.set(j, chosen[j] as number);
        lift(j);
        choose(j);
        next.push(...overlapping(j).filter((t) => !saved.has(t)));
      }
      wave = next;
    }
    const touched = [...saved.keys()];
    const after = touched.reduce((sum, t) => sum + current(t), 0);
    for (const [t, kt] of saved) {
      lift(t);
      put(t, kt);
    }
    const before = touched.reduce((sum, t) => sum + current(t), 0);
    if (after >= before - 1e-9) return false;
    // Redo the moves that were found (deterministic: same order, same choices).
    lift(i);
    put(i, k);
    let redo = overlapping(i);
    const moved = new Set<number>([i]);
    for (let depth = 0; depth < 2 && redo.length > 0; depth++) {
      const next: number[] = [];
      for (const j of redo) {
        if (moved.has(j)) continue;
        moved.add(j);
        lift(j);
        choose(j);
        next.push(...overlapping(j).filter((t) => !moved.has(t)));
      }
      redo = next;
    }
    return true;
  };
  for (const i of order) {
    if (!items[i] || fixed(i, chosen[i] as number) < COST.line) continue;
    const clean: number[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      if (fixed(i, k) < COST.line) clean.push(k);
    clean.sort((a, b) => fixed(i, a) - fixed(i, b) || a - b);
    for (const k of clean.slice(0, 6)) if (tryEject(i, k)) break;
  }

  return stations.map((station, i) => {
    const k = chosen[i] as number;
    const code = cands.code[k] as number;
    const textAnchor = ANCHORS[(code >> 3) & 3] ?? 'start';
    const x = cx[k] as number;
    const y = cy[k] as number;
    const width = cw[k] as number;
    const ax = textAnchor === 'start' ? x : textAnchor === 'end' ? x + width : x + width / 2;
    return {
      stationId: station.id,
      rows: (wraps[i] as string[][])[code >> 5] ?? [],
      anchor: { x: ax, y: y + (rowHeight - fs) / 2 + fs * 0.8 },
      textAnchor,
      direction: DIRECTIONS[code & 7] ?? 'E',
      fontSize: fs,
      rowHeight,
      box: { x, y, width, height: ch[k] as number },
    };
  });
}

/** Line segments as drawn (radius: half the stroke plus a margin) and station markers. */
function obstacleList(
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  lineRadius: number,
): Obstacle[] {
  const out: Obstacle[] = [];
  const add = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    r: number,
    station: number,
  ): void => {
    out.push({
      x1,
      y1,
      x2,
      y2,
      r,
      station,
      minX: Math.min(x1, x2) - r,
      minY: Math.min(y1, y2) - r,
      maxX: Math.max(x1, x2) + r,
      maxY: Math.max(y1, y2) + r,
    });
  };
  stations.forEach((s, i) => {
    const m = s.marker;
    const r = m.r + MARGIN;
    if (m.kind === 'dot') add(s.x, s.y, s.x, s.y, r, i);
    else add(m.a.x, m.a.y, m.b.x, m.b.y, r, i);
  });
  const seen = new Set<string>();
  for (const line of lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i];
        const q = path.points[i + 1];
        if (!p || !q) continue;
        // A branch's shared trunk is drawn once; count it once.
        const [a, b] = p.x < q.x || (p.x === q.x && p.y <= q.y) ? [p, q] : [q, p];
        const key = `${line.id}|${a.x},${a.y}|${b.x},${b.y}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add(p.x, p.y, q.x, q.y, lineRadius, -1);
      }
    }
  }
  return out;
}

/**
 * Candidate boxes round the marker: on each side, slid along that side, and at the four
 * corners; at several distances; for each way of setting the text (one row or two).
 */
function addCandidates(
  out: Candidates,
  s: StationGeometry,
  wraps: readonly string[][],
  fs: number,
  rowHeight: number,
): string {
  const mb = markerRect(s);
  const mw = (mb.maxX - mb.minX) / 2;
  const mh = (mb.maxY - mb.minY) / 2;
  const long = wraps.length > 1 && textWidth((wraps[0] as string[])[0] ?? '', fs) > fs * 9;
  wraps.forEach((rows, wi) => {
    let w = 0;
    for (const r of rows) w = Math.max(w, textWidth(r, fs) * WIDTH_SLACK);
    const h = rows.length * rowHeight;
    const wrapCost = wi === 0 ? (long ? 0.8 : 0) : long ? 0 : 1.2;
    // code: bits 0–2 direction, 3–4 text anchor, 5+ which wrap.
    const add = (dir: number, anchor: number, x: number, y: number, cost: number): void =>
      out.add(x, y, w, h, cost, dir | (anchor << 3) | (wi << 5));
    for (const [gapEm, gapCost] of GAPS) {
      const gap = gapEm * fs;
      const base = wrapCost + gapCost;
      const east = mb.maxX + gap;
      const west = mb.minX - gap - w;
      const north = mb.minY - gap - h;
      const south = mb.maxY + gap;
      for (const [slide, extra] of SLIDES) {
        // Right and left: level with the station, or slid up or down.
        const y = s.y - h / 2 + slide * (h / 2 + mh);
        const tilt = slide < -0.6 ? 1 : slide > 0.6 ? -1 : 0;
        add((8 + tilt) % 8, 0, east, y, base + extra);
        add(4 - tilt, 2, west, y, base + 0.6 + extra);
        // Above and below: centred, flush with either side of the marker, or in between.
        const x = s.x - w / 2 + slide * (w / 2 - mw);
        add(2, 1, x, north, base + 1.4 + extra);
        add(6, 1, x, south, base + 1.4 + extra);
      }
      const tuck = gap * 0.4;
      add(1, 0, east - tuck, north + tuck, base + 1);
      add(7, 0, east - tuck, south - tuck, base + 1);
      add(3, 2, west + tuck, north + tuck, base + 1.6);
      add(5, 2, west + tuck, south - tuck, base + 1.6);
    }
  });
  // Stations whose candidates share this key share the order of preference.
  return `${wraps.length}|${long}`;
}

/** What candidate k covers: line segments and markers, and whether it sits nearer another station. */
function coverCost(
  c: Candidates,
  k: number,
  near: readonly Obstacle[],
  self: number,
  s: StationGeometry,
): number {
  const x0 = c.x[k] as number;
  const y0 = c.y[k] as number;
  const x1 = x0 + (c.w[k] as number);
  const y1 = y0 + (c.h[k] as number);
  const own = Math.sqrt(pointRectDistance2(s.x, s.y, x0, y0, x1, y1)) - 2;
  const own2 = own > 0 ? own * own : -1;
  let cost = 0;
  let ambiguous = false;
  for (const o of near) {
    if (o.maxX <= x0 || o.minX >= x1 || o.maxY <= y0 || o.minY >= y1) {
      if (o.station >= 0 && o.station !== self && !ambiguous) {
        const mx = (o.x1 + o.x2) / 2;
        const my = (o.y1 + o.y2) / 2;
        ambiguous = pointRectDistance2(mx, my, x0, y0, x1, y1) < own2;
      }
      continue;
    }
    if (!segmentHitsRect(o.x1, o.y1, o.x2, o.y2, x0 - o.r, y0 - o.r, x1 + o.r, y1 + o.r)) continue;
    cost += o.station < 0 ? COST.line : COST.station;
  }
  return cost + (ambiguous ? COST.ambiguous : 0);
}

/** Squared distance from a point to a rectangle. */
function pointRectDistance2(
  px: number,
  py: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): number {
  const dx = Math.max(x0 - px, 0, px - x1);
  const dy = Math.max(y0 - py, 0, py - y1);
  return dx * dx + dy * dy;
}

function markerRect(s: StationGeometry): Rect {
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

/** The area the candidates in [from, to) cover, with the margin. */
function extent(c: Candidates, from: number, to: number): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = from; k < to; k++) {
    minX = Math.min(minX, c.x[k] as number);
    minY = Math.min(minY, c.y[k] as number);
    maxX = Math.max(maxX, (c.x[k] as number) + (c.w[k] as number));
    maxY = Math.max(maxY, (c.y[k] as number) + (c.h[k] as number));
  }
  return grow({ minX, minY, maxX, maxY }, MARGIN + 2);
}

function union(a: Rect, b: Rect): Rect {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

function grow(r: Rect, d: number): Rect {
  return { minX: r.minX - d, minY: r.minY - d, maxX: r.maxX + d, maxY: r.maxY + d };
}

/** Strict overlap of two rectangles (sharing an edge is not overlapping). */
function intersects(a: Rect, b: Rect): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** Whether segment (x1,y1)–(x2,y2) meets the rectangle [x0,X0]×[y0,Y0] (Liang–Barsky). */
function segmentHitsRect(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x0: number,
  y0: number,
  X0: number,
  Y0: number,
): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return clip(-dx, x1 - x0) && clip(dx, X0 - x1) && clip(-dy, y1 - y0) && clip(dy, Y0 - y1);
}

/** Whether a segment comes within `pad` of a box (Liang–Barsky clipping). */
export function segmentHitsBox(
  seg: readonly [number, number, number, number],
  b: Box,
  pad: number,
): boolean {
  const [x1, y1, x2, y2] = seg;
  return segmentHitsRect(
    x1,
    y1,
    x2,
    y2,
    b.x - pad,
    b.y - pad,
    b.x + b.width + pad,
    b.y + b.height + pad,
  );
}
