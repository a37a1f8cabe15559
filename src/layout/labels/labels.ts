// Stage 6: labels. Each station's label is tried on every side of its marker (slid along
// that side, so that it can sit level with the station or above or below its track) and at
// the four corners, at several distances, on one row or wrapped onto two; further off, tied
// to its station by a leader (label-candidates.ts). A candidate's cost is its preference
// (east first, close to the station, one row for short names) plus what it covers: line
// segments as drawn, station markers (label-cost.ts), the labels already placed, and doubt
// over whose name it is (nearer another station's marker, or a line between it and its
// own). Obstacles sit in R-trees, asked once per station for the area its candidates reach.
// Stations with the fewest clean candidates are placed first; then labels that still
// overlap another label are placed again, alone and in pairs, and a label still covering a
// line or a station, or in doubt, may push the labels in its way aside (two levels).
import RBush from 'rbush';
import type { LabelGeometry, LineGeometry, StationGeometry } from '../geometry.ts';
import { addCandidates, Candidates, decode, PER_WRAP } from './label-candidates.ts';
import { COST, measureCandidate, obstacleList, type Obstacle } from './label-cost.ts';
import { grow, union, type Rect } from '../geom/box.ts';
import { markerAxis, segmentHitsRect } from './label-geometry.ts';
import { wrapOptions } from './text.ts';

export { segmentHitsBox } from './label-geometry.ts';

export interface LabelOptions {
  readonly fontSize: number;
  readonly lineWidth: number;
}

interface Placed extends Rect {
  readonly station: number;
}

/** Room kept clear round a label, in pixels, beyond the lines' stroke. */
const MARGIN = 1;
/** Clean places a badly placed label tries, pushing aside the labels in its way. */
const EJECT_TRIES = 8;

export function placeLabels(
  stations: readonly StationGeometry[],
  labels: readonly string[],
  lines: readonly LineGeometry[],
  options: LabelOptions,
): LabelGeometry[] {
  const fs = options.fontSize;
  const rowHeight = Math.round(fs * 1.2 * 100) / 100;
  const obstacles = new RBush<Obstacle>();
  obstacles.load(obstacleList(stations, lines, options.lineWidth / 2 + MARGIN, MARGIN));
  const axes = stations.map(markerAxis);
  const reachMore = 8;

  const wraps = stations.map((s, i) => wrapOptions(labels[i] ?? s.id));
  const wrapCount = wraps.reduce((n, w) => n + w.length, 0);
  const cands = new Candidates(wrapCount * PER_WRAP, wrapCount);
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
  const { x: cx, y: cy, w: cw, h: ch, cost: pref, cover, ambiguity } = cands;
  const start = cands.start;
  const nearCache: (Obstacle[] | undefined)[] = new Array(stations.length);
  /** Fixed cost of candidate k of station i: preference, what it covers, whose name it seems. */
  const fixed = (i: number, k: number): number => {
    if (Number.isNaN(cover[k] as number)) {
      let near = nearCache[i];
      if (!near) near = nearCache[i] = obstacles.search(grow(reaches[i] as Rect, reachMore));
      measureCandidate(cands, k, near, i, axes);
    }
    return (pref[k] as number) + (cover[k] as number) + (ambiguity[k] as number);
  };
  /** Clear of lines and markers, and nearer its own station than any other. */
  const clean = (i: number, k: number): boolean => {
    fixed(i, k);
    return cover[k] === 0 && ambiguity[k] === 0;
  };
  /** Clear of lines and markers, and cheaper than where station i's label is now. */
  const better = (i: number, k: number): boolean =>
    fixed(i, k) < fixed(i, chosen[i] as number) && cover[k] === 0;
  // Difficulty: how many of a station's most preferred candidates are clean.
  const cleanCount = stations.map((_, i) => {
    const rank = ranks[i] as Int32Array;
    const s0 = start[i] as number;
    let n = 0;
    for (let r = 0; r < Math.min(40, rank.length); r++) if (clean(i, s0 + (rank[r] as number))) n++;
    return n;
  });
  const order = stations
    .map((_, i) => i)
    .sort((a, b) => (cleanCount[a] as number) - (cleanCount[b] as number) || a - b);

  const placed = new RBush<Placed>();
  const chosen = new Int32Array(stations.length).fill(-1);
  /** Each placed label's items in `placed`: its box, and its leader if it has one. */
  const items: Placed[][] = stations.map(() => []);
  const boxOf = (k: number): Rect => ({
    minX: cx[k] as number,
    minY: cy[k] as number,
    maxX: (cx[k] as number) + (cw[k] as number),
    maxY: (cy[k] as number) + (ch[k] as number),
  });
  const put = (i: number, k: number): void => {
    const own: Placed[] = [{ ...boxOf(k), station: i }];
    if (cands.hasLeader(k)) {
      const [x1, y1, x2, y2] = cands.leaderEnds(k);
      own.push({
        minX: Math.min(x1, x2),
        minY: Math.min(y1, y2),
        maxX: Math.max(x1, x2),
        maxY: Math.max(y1, y2),
        station: i,
      });
    }
    items[i] = own;
    chosen[i] = k;
    for (const item of own) placed.insert(item);
  };
  const lift = (i: number): void => {
    for (const item of items[i] as Placed[]) placed.remove(item);
    items[i] = [];
  };
  /** Whether candidate a's leader (if any) runs through the box of candidate b. */
  const leaderOf = cands.leaderOf;
  const lead = cands.leader;
  const leaderHits = (a: number, b: number): boolean => {
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
  };
  /** What candidates a and b of two stations cost together: text over text, or a leader through it. */
  const clash = (a: number, b: number): number => {
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
    if (leaderHits(a, b)) c += COST.label;
    if (leaderHits(b, a)) c += COST.label;
    return c;
  };
  const stamp = new Int32Array(stations.length);
  let stampNow = 0;
  /** The placed labels (other than i's) with an item in the area station i's candidates reach. */
  const neighbours = (i: number): number[] => {
    stampNow++;
    const out: number[] = [];
    for (const o of placed.search(reaches[i] as Rect)) {
      if (o.station === i || stamp[o.station] === stampNow) continue;
      stamp[o.station] = stampNow;
      out.push(o.station);
    }
    return out;
  };
  /** Cost of candidate k against the labels of the stations in `near`. */
  const labelCost = (near: readonly number[], k: number): number => {
    let c = 0;
    for (const j of near) {
      const kj = chosen[j] as number;
      if (kj >= 0 && (items[j] as Placed[]).length > 0) c += clash(k, kj);
    }
    return c;
  };
  const choose = (i: number): void => {
    const near = neighbours(i);
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
    const k = chosen[i] as number;
    if ((items[i] as Placed[]).length === 0) return [];
    return neighbours(i).filter((j) => clash(k, chosen[j] as number) > 0);
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
    const near = neighbours(i);
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
    const pairCost = (a: number, b: number): number => (clash(a, b) > 0 ? COST.label : 0);
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
    let partners = overlapping(i);
    if (!clean(i, chosen[i] as number)) {
      // Covering a line or a station, or nearer another station: worth a pair search only
      // with the labels that sit where this label could go better.
      let area: Rect | undefined;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        if (!better(i, k)) continue;
        const b = boxOf(k);
        area = area ? union(area, b) : b;
      }
      if (area) partners = [...new Set(placed.search(grow(area, MARGIN)).map((o) => o.station))];
    }
    for (const j of partners) if (j !== i) tryPair(i, j);
  }

  // Ejection: a label still covering a line or a station takes one of its clean places, the
  // labels it lands on move to their best places, and the labels those land on too (two
  // levels); kept only when the labels involved cost less than before.
  const current = (t: number): number =>
    fixed(t, chosen[t] as number) + labelCost(neighbours(t), chosen[t] as number);
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
    if (clean(i, chosen[i] as number)) continue;
    const spots: number[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      if (better(i, k)) spots.push(k);
    spots.sort((a, b) => fixed(i, a) - fixed(i, b) || a - b);
    for (const k of spots.slice(0, EJECT_TRIES)) if (tryEject(i, k)) break;
  }

  return stations.map((station, i) => {
    const k = chosen[i] as number;
    const { direction, textAnchor, wrap } = decode(cands.code[k] as number);
    const x = cx[k] as number;
    const y = cy[k] as number;
    const width = cw[k] as number;
    const ax = textAnchor === 'start' ? x : textAnchor === 'end' ? x + width : x + width / 2;
    const ends = cands.hasLeader(k) ? cands.leaderEnds(k) : undefined;
    return {
      stationId: station.id,
      rows: (wraps[i] as string[][])[wrap] ?? [],
      anchor: { x: ax, y: y + (rowHeight - fs) / 2 + fs * 0.8 },
      textAnchor,
      direction,
      fontSize: fs,
      rowHeight,
      box: { x, y, width, height: ch[k] as number },
      ...(ends && {
        leader: [
          { x: ends[0], y: ends[1] },
          { x: ends[2], y: ends[3] },
        ] as const,
      }),
    };
  });
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
