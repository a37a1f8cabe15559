// Where a station's label may go: boxes on every side of its marker (slid along that side)
// and at the four corners, at several distances, on one row or wrapped onto two; each with
// a preference (east first, close to the station, one row for short names).
import type { Direction, StationGeometry } from '../geometry.ts';
import { connection, markerAxis, markerRect, type MarkerAxis } from './label-geometry.ts';
import { textWidth } from './text.ts';

export const DIRECTIONS: readonly Direction[] = ['E', 'NE', 'N', 'NW', 'W', 'SW', 'S', 'SE'];
export const ANCHORS = ['start', 'middle', 'end'] as const;

/**
 * The renderer sets labels at weight 500 with a 3 px halo; measured in Chromium, the text
 * runs up to 5% wider than text.ts estimates for the regular weight.
 */
const WIDTH_SLACK = 1.04;

/** Slides along a side (±1: flush with the marker's edge) and what they cost. */
const SLIDES: readonly [number, number][] = [
  [0, 0],
  [-0.5, 0.4],
  [0.5, 0.4],
  [-1, 0.8],
  [1, 0.8],
  // Just past flush: the box clears a diagonal leaving the marker's corner.
  [-1.15, 0.9],
  [1.15, 0.9],
];

/** Distances from the marker (in font sizes) and what moving that far costs. */
const GAPS: readonly [number, number][] = [
  [0.3, 0],
  [0.7, 0.8],
  [1.2, 2],
  [1.8, 4],
  [2.5, 6.5],
];

/**
 * Further off, a label is tied to its station by a leader (so it cannot be taken for a
 * neighbour's): distances in font sizes and their cost, above any plain candidate's but
 * below an ambiguous one's.
 */
const LEADER_GAPS: readonly [number, number][] = [
  [3.5, 14],
  [5, 17],
];
/** Slides a label at the end of a leader may take: level with the station, or flush. */
const LEADER_SLIDES: readonly [number, number][] = [
  [0, 0],
  [-1, 0.8],
  [1, 0.8],
];

/** Where a label may be tried: at these gaps from the marker, and further off with a leader. */
export interface LabelReach {
  /** Distances from the marker, in font sizes, nearest first, and what each costs. */
  readonly gaps: readonly (readonly [number, number])[];
  /** Whether a label may also go further off, tied to its station by a leader. */
  readonly leaders: boolean;
}
export const FULL_REACH: LabelReach = { gaps: GAPS, leaders: true };

/** A size a label may also be set at: a fraction of the font size, and what it costs. */
export interface LabelSize {
  readonly factor: number;
  readonly cost: number;
}
export const ONE_SIZE: readonly LabelSize[] = [{ factor: 1, cost: 0 }];

/** Leader candidates per way of setting the text. */
const LEADERS_PER_WRAP = LEADER_GAPS.length * (4 * LEADER_SLIDES.length + 4);
/** Candidates per way of setting a station's text: each gap, each spot. */
export const perWrap = (reach: LabelReach): number =>
  reach.gaps.length * (4 * SLIDES.length + 4) + (reach.leaders ? LEADERS_PER_WRAP : 0);

/** Every station's candidates, flat: box, preference and a code (direction, anchor, rows). */
export class Candidates {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly w: Float64Array;
  readonly h: Float64Array;
  /** Preference: direction, distance, slide, rows. */
  readonly cost: Float64Array;
  /** What the candidate covers (lines, stations); NaN until asked. */
  readonly cover: Float64Array;
  /** What its nearness to other stations costs; set with `cover`. */
  readonly ambiguity: Float64Array;
  /** Where candidate k's leader sits in `leader` (its ends at 4j…4j+3), or -1: none. */
  readonly leaderOf: Int32Array;
  /** Leaders' ends, x1, y1, x2, y2 each. */
  readonly leader: Float64Array;
  leaders = 0;
  readonly code: Int32Array;
  /** First candidate of each station, and one past the last station's. */
  readonly start: number[] = [0];
  length = 0;

  /** Room for n candidates, of which `wraps` sets of text (each with its leaders). */
  constructor(n: number, wraps: number) {
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.w = new Float64Array(n);
    this.h = new Float64Array(n);
    this.cost = new Float64Array(n);
    this.cover = new Float64Array(n).fill(NaN);
    this.ambiguity = new Float64Array(n);
    this.leaderOf = new Int32Array(n).fill(-1);
    this.leader = new Float64Array(4 * wraps * LEADERS_PER_WRAP);
    this.code = new Int32Array(n);
  }

  add(x: number, y: number, w: number, h: number, cost: number, code: number): number {
    const k = this.length++;
    this.x[k] = x;
    this.y[k] = y;
    this.w[k] = w;
    this.h[k] = h;
    this.cost[k] = cost;
    this.code[k] = code;
    return k;
  }

  hasLeader(k: number): boolean {
    return (this.leaderOf[k] as number) >= 0;
  }

  /** The ends of candidate k's leader: x1, y1, x2, y2 (candidate k must have one). */
  leaderEnds(k: number): [number, number, number, number] {
    const j = 4 * (this.leaderOf[k] as number);
    const l = this.leader;
    return [l[j] as number, l[j + 1] as number, l[j + 2] as number, l[j + 3] as number];
  }
}

/**
 * What a candidate's code says: bits 0–2 direction, 3–4 text anchor, 5+ its variant (which
 * size and which way of wrapping, see addCandidates).
 */
export function decode(code: number): {
  direction: Direction;
  textAnchor: (typeof ANCHORS)[number];
  variant: number;
} {
  return {
    direction: DIRECTIONS[code & 7] ?? 'E',
    textAnchor: ANCHORS[(code >> 3) & 3] ?? 'start',
    variant: code >> 5,
  };
}

/** The height of one row of text at font size `fs`. */
export const rowHeightOf = (fs: number): number => Math.round(fs * 1.2 * 100) / 100;

/**
 * Adds a station's candidates: for each size of `sizes` (fractions of `fontSize`), each way
 * of wrapping the text; a candidate's variant (its code's bits 5+) is
 * `size * wraps.length + wrap`. Returns a key that is the same for stations whose candidates
 * come in the same order of preference.
 */
export function addCandidates(
  out: Candidates,
  s: StationGeometry,
  wraps: readonly string[][],
  fontSize: number,
  reach: LabelReach = FULL_REACH,
  sizes: readonly LabelSize[] = ONE_SIZE,
): string {
  const mb = markerRect(s);
  const axis = markerAxis(s);
  const mw = (mb.maxX - mb.minX) / 2;
  const mh = (mb.maxY - mb.minY) / 2;
  const first = (wraps[0] as string[])[0] ?? '';
  const long = wraps.length > 1 && textWidth(first, fontSize) > fontSize * 9;
  sizes.forEach(({ factor, cost: sizeCost }, si) => {
    const fs = fontSize * factor;
    const rowHeight = rowHeightOf(fs);
    wraps.forEach((rows, wi) => {
      addVariant(si * wraps.length + wi, rows, fs, rowHeight, sizeCost + wrapCostOf(wi, long));
    });
  });
  return `${wraps.length}|${long}|${sizes.length}`;

  function addVariant(
    variant: number,
    rows: readonly string[],
    fs: number,
    rowHeight: number,
    wrapCost: number,
  ): void {
    let w = 0;
    for (const r of rows) w = Math.max(w, textWidth(r, fs) * WIDTH_SLACK);
    const h = rows.length * rowHeight;
    const add = (dir: number, anchor: number, x: number, y: number, cost: number): number =>
      out.add(x, y, w, h, cost, dir | (anchor << 3) | (variant << 5));
    for (const [gapEm, gapCost] of reach.gaps) {
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
    for (const [gapEm, gapCost] of reach.leaders ? LEADER_GAPS : []) {
      const gap = gapEm * fs;
      const base = wrapCost + gapCost;
      const lead = (dir: number, anchor: number, x: number, y: number, cost: number): void =>
        setLeader(out, add(dir, anchor, x, y, cost), axis, x, y, w, h);
      for (const [slide, extra] of LEADER_SLIDES) {
        const y = s.y - h / 2 + slide * (h / 2 - 3);
        lead(0, 0, mb.maxX + gap, y, base + extra);
        lead(4, 2, mb.minX - gap - w, y, base + 0.6 + extra);
        const x = s.x - w / 2 + slide * (w / 2 - mw);
        lead(2, 1, x, mb.minY - gap - h, base + 1.4 + extra);
        lead(6, 1, x, mb.maxY + gap, base + 1.4 + extra);
      }
      // Corners: along the diagonal, the leader at 45°.
      const d = gap * Math.SQRT1_2;
      lead(1, 0, mb.maxX + d, mb.minY - d - h, base + 1);
      lead(7, 0, mb.maxX + d, mb.maxY + d, base + 1);
      lead(3, 2, mb.minX - d - w, mb.minY - d - h, base + 1.6);
      lead(5, 2, mb.minX - d - w, mb.maxY + d, base + 1.6);
    }
  }
}

/** What setting the text in its wi-th way costs: long names prefer two rows, short ones one. */
function wrapCostOf(wi: number, long: boolean): number {
  if (wi === 0) return long ? 0.8 : 0;
  return long ? 0 : 1.2;
}

/**
 * The leader of candidate k: from the edge of the station's marker to the nearest point of
 * the box [x, x+w]×[y, y+h], a little short of both.
 */
function setLeader(
  out: Candidates,
  k: number,
  axis: MarkerAxis,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const ends = connection(axis, x, y, x + w, y + h);
  if (!ends) return;
  const j = out.leaders++;
  out.leaderOf[k] = j;
  out.leader.set(ends, 4 * j);
}
