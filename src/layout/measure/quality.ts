// Measures how well a Geometry reads as a transit map: octilinearity, clearance, label
// overlaps, crossings, bends and edge-length spread (the README's "How the layout works").
// Pure: no DOM. Spatial indexes (rbush) keep it near O(n log n) for maps of 1000+ stations.
import RBush from 'rbush';
import type { Box, Geometry, Point } from '../geometry.ts';
import type { TransitMap } from '../../model/schema.ts';
import { ANGLE_EPS, EPS, fmt, octilinear, pointKey, touchesBox } from './quality-geometry.ts';
import { intersection, rectOf, segmentRect } from '../geom/box.ts';
import { cross, dist, dot, sub } from '../geom/point.ts';
import { distanceToSegment } from '../geom/segment.ts';
import type { Item } from './quality-geometry.ts';
import { mean, spreadOf } from './spread.ts';
import { labelAttribution, type LabelAttribution } from './quality-labels.ts';
import { zoneLabelOverlaps, type ZoneLabelOverlaps } from './quality-zones.ts';

export interface QualityReport {
  readonly counts: {
    readonly stations: number;
    readonly labels: number;
    readonly lines: number;
    /** Distinct drawn segments (a trunk shared by a line's branches counts once). */
    readonly segments: number;
  };
  /** Share of drawn segments at a multiple of 45° (1 when nothing is drawn). */
  readonly octilinearity: number;
  readonly nonOctilinearSegments: number;
  /** Smallest distance between two station centres, in grid units (null below 2 stations). */
  readonly minClearance: number | null;
  /** Station pairs closer than one grid unit. */
  readonly tooClosePairs: number;
  readonly labelOverlaps: {
    readonly labelLabel: number;
    /** A label over another station's marker (its own station does not count). */
    readonly labelStation: number;
    /** Label–segment pairs, the segment's stroke width included. */
    readonly labelLine: number;
    readonly total: number;
    /** Labels involved in at least one overlap of any kind. */
    readonly labelsAffected: number;
  };
  /** Whose name each label reads as: ambiguous labels, leaders and what they cross. */
  readonly labelAttribution: LabelAttribution;
  /** What the zone names cover: station labels, stations, lines, each other (target 0). */
  readonly zoneLabelOverlaps: ZoneLabelOverlaps;
  /** Places where two different lines cross, away from stations; each counted once. */
  readonly crossings: number;
  readonly bends: {
    readonly total: number;
    readonly perLine: Readonly<Record<string, number>>;
    readonly maxPerLine: number;
    readonly meanPerLine: number;
    /** Bends strictly between two consecutive stops of a line. */
    readonly maxPerEdge: number;
    readonly meanPerEdge: number;
  };
  /** Segments of different lines drawn on top of each other (must be 0). */
  readonly stacked: { readonly pairs: number; readonly length: number };
  /** Station-to-station drawn lengths, in grid units; spread = std / mean. */
  readonly edgeLength: { readonly mean: number; readonly std: number; readonly spread: number };
  /** Present when the map is given: what the geometry leaves out. */
  readonly missing?: {
    readonly stations: string[];
    readonly labels: string[];
    readonly lines: string[];
  };
}

interface Seg {
  readonly i: number;
  readonly line: string;
  readonly a: Point;
  readonly b: Point;
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The distinct segments of every line (a branch's shared trunk is drawn once). */
function uniqueSegments(geometry: Geometry): Seg[] {
  const seen = new Set<string>();
  const segs: Seg[] = [];
  for (const line of geometry.lines) {
    for (const path of line.paths) {
      for (let i = 1; i < path.points.length; i++) {
        const a = path.points[i - 1];
        const b = path.points[i];
        if (!a || !b || dist(a, b) < EPS) continue;
        const [ka, kb] = [pointKey(a), pointKey(b)].sort();
        const key = `${line.id}|${ka}|${kb}`;
        if (seen.has(key)) continue;
        seen.add(key);
        segs.push({ i: segs.length, line: line.id, a, b, ...segmentRect(a, b) });
      }
    }
  }
  return segs;
}

function stationClearance(geometry: Geometry): { min: number | null; tooClose: number } {
  const g = geometry.gridSize;
  const pts = [...geometry.stations].sort((p, q) => p.x - q.x);
  let best = Infinity;
  let tooClose = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    if (!p) continue;
    for (let j = i + 1; j < pts.length; j++) {
      const q = pts[j];
      if (!q || q.x - p.x >= Math.max(best, g)) break;
      const d = dist(p, q);
      best = Math.min(best, d);
      if (d < g - EPS) tooClose++;
    }
  }
  return { min: pts.length < 2 ? null : best / g, tooClose };
}

function boxItem(box: Box, i: number): Item {
  return { i, ...rectOf(box) };
}

function stationIndex(geometry: Geometry, pad: number): RBush<Item> {
  const tree = new RBush<Item>();
  tree.load(
    geometry.stations.map((s, i) => {
      const m = s.marker;
      return m.kind === 'dot'
        ? { i, ...segmentRect(s, s, m.r + pad) }
        : { i, ...segmentRect(m.a, m.b, m.r + pad) };
    }),
  );
  return tree;
}

function labelOverlaps(geometry: Geometry, segTree: RBush<Seg>): QualityReport['labelOverlaps'] {
  const labels = geometry.labels;
  const tree = new RBush<Item>();
  tree.load(labels.map((l, i) => boxItem(l.box, i)));
  const stationTree = stationIndex(geometry, 0);
  const halfWidth = geometry.lineWidth / 2;
  const affected = new Set<number>();
  let labelLabel = 0;
  let labelStation = 0;
  let labelLine = 0;
  labels.forEach((label, i) => {
    const b = label.box;
    for (const other of tree.search(boxItem(b, i))) {
      const o = labels[other.i]?.box;
      if (other.i <= i || !o) continue;
      const { width: w, height: h } = intersection(rectOf(b), rectOf(o));
      if (w > EPS && h > EPS) {
        labelLabel++;
        affected.add(i).add(other.i);
      }
    }
    for (const hit of stationTree.search(boxItem(b, i))) {
      const s = geometry.stations[hit.i];
      if (!s || s.id === label.stationId) continue;
      const m = s.marker;
      if (m.kind === 'dot' ? touchesBox(s, s, m.r, b) : touchesBox(m.a, m.b, m.r, b)) {
        labelStation++;
        affected.add(i);
      }
    }
    const padded = {
      x: b.x - halfWidth,
      y: b.y - halfWidth,
      width: b.width + 2 * halfWidth,
      height: b.height + 2 * halfWidth,
    };
    for (const seg of segTree.search(boxItem(padded, i))) {
      if (touchesBox(seg.a, seg.b, halfWidth, b)) {
        labelLine++;
        affected.add(i);
      }
    }
  });
  const total = labelLabel + labelStation + labelLine;
  return { labelLabel, labelStation, labelLine, total, labelsAffected: affected.size };
}

/** Directions (angles) in which `line` leaves the point p. */
function directionsAt(p: Point, line: string, segTree: RBush<Seg>): number[] {
  const tol = 1e-4;
  const out: number[] = [];
  const angle = (q: Point): number => Math.atan2(q.y - p.y, q.x - p.x);
  for (const s of segTree.search({
    minX: p.x - tol,
    minY: p.y - tol,
    maxX: p.x + tol,
    maxY: p.y + tol,
  })) {
    if (s.line !== line || distanceToSegment(p, s.a, s.b) > tol) continue;
    if (dist(p, s.a) <= tol) out.push(angle(s.b));
    else if (dist(p, s.b) <= tol) out.push(angle(s.a));
    else out.push(angle(s.a), angle(s.b));
  }
  return out;
}

/** Do the directions of B fall on both sides of line A's course through the point? */
function interleaved(a: number[], b: number[]): boolean {
  const sorted = [...a].sort((x, y) => x - y);
  if (sorted.length < 2) return false;
  const arcs = new Set<number>();
  for (const d of b) {
    if (sorted.some((x) => Math.abs(Math.sin((x - d) / 2)) < ANGLE_EPS)) continue;
    const k = sorted.findIndex((x) => x > d);
    arcs.add(k === -1 ? 0 : k);
  }
  return arcs.size >= 2;
}

function crossingsAndStacking(
  geometry: Geometry,
  segs: Seg[],
  segTree: RBush<Seg>,
): { crossings: number; stacked: QualityReport['stacked'] } {
  const stationTree = stationIndex(geometry, geometry.lineWidth / 2);
  const atStation = (p: Point): boolean =>
    stationTree.search({ minX: p.x, minY: p.y, maxX: p.x, maxY: p.y }).some(({ i }) => {
      const s = geometry.stations[i];
      if (!s) return false;
      const m = s.marker;
      const d = m.kind === 'dot' ? dist(p, s) : distanceToSegment(p, m.a, m.b);
      return d <= m.r + geometry.lineWidth / 2;
    });
  const crossings = new Set<string>();
  const touches = new Map<string, { p: Point; a: string; b: string }>();
  let stackedPairs = 0;
  let stackedLength = 0;
  for (const s of segs) {
    const r = sub(s.b, s.a);
    const lr = Math.hypot(r.x, r.y);
    for (const t of segTree.search(s)) {
      if (t.i <= s.i || t.line === s.line) continue;
      const v = sub(t.b, t.a);
      const lv = Math.hypot(v.x, v.y);
      const w = sub(t.a, s.a);
      const denom = cross(r, v);
      if (Math.abs(denom) < 1e-9 * lr * lv) {
        if (Math.abs(cross(r, w)) / lr >= Math.max(geometry.lineWidth / 2, EPS)) continue;
        const t0 = dot(w, r) / lr;
        const t1 = dot(sub(t.b, s.a), r) / lr;
        const overlap = Math.min(lr, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1));
        if (overlap > 1e-3) {
          stackedPairs++;
          stackedLength += overlap;
        }
        continue;
      }
      const ts = cross(w, v) / denom;
      const tt = cross(w, r) / denom;
      const es = 1e-4 / lr;
      const et = 1e-4 / lv;
      if (ts < -es || ts > 1 + es || tt < -et || tt > 1 + et) continue;
      const p = { x: s.a.x + ts * r.x, y: s.a.y + ts * r.y };
      if (atStation(p)) continue;
      const [la, lb] = [s.line, t.line].sort() as [string, string];
      const key = `${la}|${lb}|${pointKey(p)}`;
      if (ts > es && ts < 1 - es && tt > et && tt < 1 - et) crossings.add(key);
      else touches.set(key, { p, a: la, b: lb });
    }
  }
  for (const [key, { p, a, b }] of touches) {
    if (crossings.has(key)) continue;
    if (interleaved(directionsAt(p, a, segTree), directionsAt(p, b, segTree))) crossings.add(key);
  }
  return { crossings: crossings.size, stacked: { pairs: stackedPairs, length: stackedLength } };
}

function bendsAndLengths(geometry: Geometry): Pick<QualityReport, 'bends' | 'edgeLength'> {
  const perLine: Record<string, number> = {};
  const edgeBends: number[] = [];
  const lengths = new Map<string, number[]>();
  const seenEdges = new Set<string>();
  for (const line of geometry.lines) {
    const bendKeys = new Set<string>();
    for (const path of line.paths) {
      // Drop repeated points, remembering where each original index went.
      const kept: Point[] = [];
      const at: number[] = [];
      for (const p of path.points) {
        const last = kept[kept.length - 1];
        if (!last || dist(last, p) >= EPS) kept.push(p);
        at.push(kept.length - 1);
      }
      const closed = kept.length > 2 && dist(kept[0]!, kept[kept.length - 1]!) < EPS;
      const isBend = kept.map((p, i) => {
        const prev = i > 0 ? kept[i - 1] : closed ? kept[kept.length - 2] : undefined;
        const next = i < kept.length - 1 ? kept[i + 1] : undefined;
        if (!prev || !next || (closed && i === kept.length - 1)) return false;
        const u = sub(p, prev);
        const v = sub(next, p);
        const bend = Math.abs(Math.atan2(cross(u, v), dot(u, v))) > ANGLE_EPS;
        if (bend) {
          const dirs = [Math.atan2(-u.y, -u.x), Math.atan2(v.y, v.x)].map(fmt).sort();
          bendKeys.add(`${pointKey(p)}|${dirs.join('|')}`);
        }
        return bend;
      });
      for (let k = 1; k < path.stations.length; k++) {
        const [s0, s1] = [path.stations[k - 1] ?? '', path.stations[k] ?? ''];
        const [i0, i1] = [path.stationPoints[k - 1] ?? 0, path.stationPoints[k] ?? 0];
        let len = 0;
        for (let i = i0 + 1; i <= i1; i++) len += dist(path.points[i - 1]!, path.points[i]!);
        const pair = [s0, s1].sort().join('|');
        if (seenEdges.has(`${line.id}|${pair}`)) continue;
        seenEdges.add(`${line.id}|${pair}`);
        lengths.set(pair, [...(lengths.get(pair) ?? []), len / geometry.gridSize]);
        let n = 0;
        for (let j = (at[i0] ?? 0) + 1; j < (at[i1] ?? 0); j++) if (isBend[j]) n++;
        edgeBends.push(n);
      }
    }
    perLine[line.id] = bendKeys.size;
  }
  const counts = Object.values(perLine);
  const edgeLengths = [...lengths.values()].map(mean);
  const edgeLength = spreadOf(edgeLengths);
  return {
    bends: {
      total: counts.reduce((s, x) => s + x, 0),
      perLine,
      maxPerLine: Math.max(0, ...counts),
      meanPerLine: mean(counts),
      maxPerEdge: Math.max(0, ...edgeBends),
      meanPerEdge: mean(edgeBends),
    },
    edgeLength,
  };
}

function missingParts(geometry: Geometry, map: TransitMap): NonNullable<QualityReport['missing']> {
  const has = (ids: Iterable<string>): Set<string> => new Set(ids);
  const stations = has(geometry.stations.map((s) => s.id));
  const labels = has(geometry.labels.map((l) => l.stationId));
  const lines = has(geometry.lines.map((l) => l.id));
  return {
    stations: map.stations.map((s) => s.id).filter((id) => !stations.has(id)),
    labels: map.stations.map((s) => s.id).filter((id) => !labels.has(id)),
    lines: map.lines.map((l) => l.id).filter((id) => !lines.has(id)),
  };
}

/** Measures a layout; pass the map as well to learn what the geometry leaves out. */
export function measureQuality(geometry: Geometry, map?: TransitMap): QualityReport {
  const segs = uniqueSegments(geometry);
  const segTree = new RBush<Seg>();
  segTree.load(segs);
  const nonOcti = segs.filter((s) => !octilinear(s.a, s.b)).length;
  const clearance = stationClearance(geometry);
  const { crossings, stacked } = crossingsAndStacking(geometry, segs, segTree);
  return {
    counts: {
      stations: geometry.stations.length,
      labels: geometry.labels.length,
      lines: geometry.lines.length,
      segments: segs.length,
    },
    octilinearity: segs.length === 0 ? 1 : (segs.length - nonOcti) / segs.length,
    nonOctilinearSegments: nonOcti,
    minClearance: clearance.min,
    tooClosePairs: clearance.tooClose,
    labelOverlaps: labelOverlaps(geometry, segTree),
    labelAttribution: labelAttribution(geometry),
    zoneLabelOverlaps: zoneLabelOverlaps(geometry),
    crossings,
    ...bendsAndLengths(geometry),
    stacked,
    ...(map ? { missing: missingParts(geometry, map) } : {}),
  };
}
