// The label placer's state: every station's candidates (label-candidates.ts), ranked by
// preference, the obstacles they are measured against (label-cost.ts), and which candidate
// each station has now, with the placed labels in an R-tree. The passes (greedy-pass.ts,
// repair-pass.ts, pair-pass.ts, eject-pass.ts) move labels only through `put` and `lift`.
import RBush from 'rbush';
import type { LineGeometry, StationGeometry } from '../geometry.ts';
import {
  addCandidates,
  Candidates,
  FULL_REACH,
  ONE_SIZE,
  perWrap,
  rowHeightOf,
  type LabelReach,
  type LabelSize,
} from './label-candidates.ts';
import { COST, measureCandidate, obstacleList, type Obstacle } from './label-cost.ts';
import { grow, type Rect } from '../geom/box.ts';
import { markerAxis, segmentHitsRect, type MarkerAxis } from './label-geometry.ts';
import { wrapOptions } from './text.ts';

export interface LabelOptions {
  readonly fontSize: number;
  readonly lineWidth: number;
  /** How far from its marker a label may go; default: every distance, leaders too. */
  readonly reach?: LabelReach | undefined;
  /** Sizes a label may be set at (fractions of `fontSize`, with a cost); default: one. */
  readonly sizes?: readonly LabelSize[] | undefined;
  /**
   * Whether the layout is past its time limit: from then on, the stations not measured yet
   * keep their labels off markers (and other labels) but not off lines, which on a dense map
   * are thousands of obstacles per station.
   */
  readonly late?: (() => boolean) | undefined;
}

/** One way of setting a station's text: its rows, at a font size. */
export interface LabelVariant {
  readonly rows: readonly string[];
  readonly fontSize: number;
  readonly rowHeight: number;
}

interface Placed extends Rect {
  readonly station: number;
}

/** Room kept clear round a label, in pixels, beyond the lines' stroke. */
export const MARGIN = 1;
/** How much further than its candidates reach a station looks for obstacles, in pixels. */
const REACH_MORE = 8;

export class LabelState {
  readonly n: number;
  readonly fontSize: number;
  readonly sizes: readonly LabelSize[];
  /** Each station's ways of wrapping its name onto rows. */
  readonly wraps: string[][][];
  readonly cands: Candidates;
  /** Station i's candidates are start[i] .. start[i + 1] - 1. */
  readonly start: number[];
  /** The area each station's candidates cover, with the margin. */
  readonly reaches: Rect[] = [];
  /** Each station's candidates (offsets from its first), most preferred first. */
  readonly ranks: Int32Array[] = [];
  /** Each station's chosen candidate, -1 before it is placed. */
  readonly chosen: Int32Array;
  readonly placed = new RBush<Placed>();
  private readonly obstacles = new RBush<Obstacle>();
  private readonly axes: MarkerAxis[];
  private readonly nearCache: (Obstacle[] | undefined)[];
  private readonly late: () => boolean;
  /** Each placed label's items in `placed`: its box, and its leader if it has one. */
  private readonly items: Placed[][];
  private readonly stamp: Int32Array;
  private stampNow = 0;

  constructor(
    stations: readonly StationGeometry[],
    labels: readonly string[],
    lines: readonly LineGeometry[],
    options: LabelOptions,
  ) {
    const fs = options.fontSize;
    this.n = stations.length;
    this.fontSize = fs;
    this.sizes = options.sizes && options.sizes.length > 0 ? options.sizes : ONE_SIZE;
    this.obstacles.load(obstacleList(stations, lines, options.lineWidth / 2 + MARGIN, MARGIN));
    this.axes = stations.map(markerAxis);
    this.wraps = stations.map((s, i) => wrapOptions(labels[i] ?? s.id));
    const variants = this.wraps.reduce((n, w) => n + w.length, 0) * this.sizes.length;
    const reach = options.reach ?? FULL_REACH;
    const cands = new Candidates(variants * perWrap(reach), variants);
    this.cands = cands;
    const rankCache = new Map<string, Int32Array>();
    stations.forEach((s, i) => {
      const from = cands.length;
      const wrap = this.wraps[i] as string[][];
      const key = addCandidates(cands, s, wrap, fs, reach, this.sizes);
      cands.start.push(cands.length);
      this.reaches.push(extent(cands, from, cands.length));
      let rank = rankCache.get(key);
      if (!rank) {
        const pref = cands.cost;
        rank = Int32Array.from({ length: cands.length - from }, (_, k) => k).sort(
          (a, b) => (pref[from + a] as number) - (pref[from + b] as number) || a - b,
        );
        rankCache.set(key, rank);
      }
      this.ranks.push(rank);
    });
    this.start = cands.start;
    this.nearCache = new Array(this.n);
    this.late = options.late ?? (() => false);
    this.chosen = new Int32Array(this.n).fill(-1);
    this.items = stations.map(() => []);
    this.stamp = new Int32Array(this.n);
  }

  /** Station i's text set in variant v (a candidate's code says which, see decode). */
  variant(i: number, v: number): LabelVariant {
    const wraps = this.wraps[i] as string[][];
    const size = this.sizes[Math.floor(v / wraps.length)] ?? { factor: 1 };
    const fontSize = this.fontSize * size.factor;
    return { rows: wraps[v % wraps.length] ?? [], fontSize, rowHeight: rowHeightOf(fontSize) };
  }

  /** Fixed cost of candidate k of station i: preference, what it covers, whose name it seems. */
  fixed(i: number, k: number): number {
    const { cover, cost: pref, ambiguity } = this.cands;
    if (Number.isNaN(cover[k] as number)) {
      let near = this.nearCache[i];
      if (!near) {
        near = this.obstacles.search(grow(this.reaches[i] as Rect, REACH_MORE));
        if (this.late()) near = near.filter((o) => o.station >= 0);
        this.nearCache[i] = near;
      }
      measureCandidate(this.cands, k, near, i, this.axes);
    }
    return (pref[k] as number) + (cover[k] as number) + (ambiguity[k] as number);
  }

  /** Clear of lines and markers, and nearer its own station than any other. */
  clean(i: number, k: number): boolean {
    this.fixed(i, k);
    return this.cands.cover[k] === 0 && this.cands.ambiguity[k] === 0;
  }

  /** Clear of lines and markers, and cheaper than where station i's label is now. */
  better(i: number, k: number): boolean {
    return this.fixed(i, k) < this.fixed(i, this.chosen[i] as number) && this.cands.cover[k] === 0;
  }

  boxOf(k: number): Rect {
    const { x, y, w, h } = this.cands;
    return {
      minX: x[k] as number,
      minY: y[k] as number,
      maxX: (x[k] as number) + (w[k] as number),
      maxY: (y[k] as number) + (h[k] as number),
    };
  }

  /** Station i's label to candidate k (lifted first if it was placed). */
  put(i: number, k: number): void {
    const own: Placed[] = [{ ...this.boxOf(k), station: i }];
    if (this.cands.hasLeader(k)) {
      const [x1, y1, x2, y2] = this.cands.leaderEnds(k);
      own.push({
        minX: Math.min(x1, x2),
        minY: Math.min(y1, y2),
        maxX: Math.max(x1, x2),
        maxY: Math.max(y1, y2),
        station: i,
      });
    }
    this.items[i] = own;
    this.chosen[i] = k;
    for (const item of own) this.placed.insert(item);
  }

  lift(i: number): void {
    for (const item of this.items[i] as Placed[]) this.placed.remove(item);
    this.items[i] = [];
  }

  /** Whether candidate a's leader (if any) runs through the box of candidate b. */
  private leaderHits(a: number, b: number): boolean {
    const { x: cx, y: cy, w: cw, h: ch, leaderOf, leader: lead } = this.cands;
    const j = 4 * (leaderOf[a] as number);
    return (
      j >= 0 &&
      segmentHitsRect(
        lead[j] as number,
        lead[j + 1] as number,
        lead[j + 2] as number,
        lead[j + 3] as number,
        (cx[b] as number) - MARGIN,
        (cy[b] as number) - MARGIN,
        (cx[b] as number) + (cw[b] as number) + MARGIN,
        (cy[b] as number) + (ch[b] as number) + MARGIN,
      )
    );
  }

  /** What candidates a and b of two stations cost together: text over text, or a leader through it. */
  clash(a: number, b: number): number {
    const { x: cx, y: cy, w: cw, h: ch } = this.cands;
    const w =
      Math.min(
        (cx[a] as number) + (cw[a] as number) + MARGIN,
        (cx[b] as number) + (cw[b] as number),
      ) - Math.max((cx[a] as number) - MARGIN, cx[b] as number);
    const h =
      Math.min(
        (cy[a] as number) + (ch[a] as number) + MARGIN,
        (cy[b] as number) + (ch[b] as number),
      ) - Math.max((cy[a] as number) - MARGIN, cy[b] as number);
    let c = w > 0 && h > 0 ? COST.label + w * h * 0.05 : 0;
    if (this.leaderHits(a, b)) c += COST.label;
    if (this.leaderHits(b, a)) c += COST.label;
    return c;
  }

  /** The placed labels (other than i's) with an item in the area station i's candidates reach. */
  neighbours(i: number): number[] {
    this.stampNow++;
    const out: number[] = [];
    for (const o of this.placed.search(this.reaches[i] as Rect)) {
      if (o.station === i || this.stamp[o.station] === this.stampNow) continue;
      this.stamp[o.station] = this.stampNow;
      out.push(o.station);
    }
    return out;
  }

  /** Cost of candidate k against the labels of the stations in `near`. */
  labelCost(near: readonly number[], k: number): number {
    let c = 0;
    for (const j of near) {
      const kj = this.chosen[j] as number;
      if (kj >= 0 && (this.items[j] as Placed[]).length > 0) c += this.clash(k, kj);
    }
    return c;
  }

  /** Places station i's label at its cheapest candidate, given the labels placed now. */
  choose(i: number): void {
    const pref = this.cands.cost;
    const near = this.neighbours(i);
    const rank = this.ranks[i] as Int32Array;
    const s0 = this.start[i] as number;
    let best = s0 + (rank[0] as number);
    let bestCost = Infinity;
    for (const r of rank) {
      const k = s0 + r;
      if ((pref[k] as number) >= bestCost) break; // ranked by preference: none further wins
      const base = this.fixed(i, k);
      if (base >= bestCost) continue;
      const total = base + this.labelCost(near, k);
      if (total < bestCost) {
        bestCost = total;
        best = k;
      }
    }
    this.put(i, best);
  }

  /** The placed labels that station i's label clashes with. */
  overlapping(i: number): number[] {
    const k = this.chosen[i] as number;
    if ((this.items[i] as Placed[]).length === 0) return [];
    return this.neighbours(i).filter((j) => this.clash(k, this.chosen[j] as number) > 0);
  }

  /** What station t's label costs where it is now. */
  current(t: number): number {
    return (
      this.fixed(t, this.chosen[t] as number) +
      this.labelCost(this.neighbours(t), this.chosen[t] as number)
    );
  }
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
