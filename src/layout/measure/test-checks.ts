// Geometry checks shared by the layout tests (no test framework inside: each returns
// the list of problems found, empty when all is well).
import type { Geometry, Point } from '../geometry.ts';
import { intersects, rectOf } from '../geom/box.ts';
import { touchesBox } from './quality-geometry.ts';

const EPS = 1e-6;

/** Segments of drawn line paths that are not at a multiple of 45°. */
export function nonOctilinear(g: Geometry): string[] {
  const bad: string[] = [];
  for (const line of g.lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const p = path.points[i] as Point;
        const q = path.points[i + 1] as Point;
        const dx = Math.abs(q.x - p.x);
        const dy = Math.abs(q.y - p.y);
        if (dx < EPS && dy < EPS) continue;
        const ok = dx < 1e-4 || dy < 1e-4 || Math.abs(dx - dy) < 1e-4 * Math.max(1, dx);
        if (!ok) bad.push(`${line.id}: (${p.x},${p.y})→(${q.x},${q.y})`);
      }
    }
  }
  return bad;
}

/** Pairs of stations closer than one grid unit. */
export function tooClose(g: Geometry): string[] {
  const bad: string[] = [];
  const s = g.stations;
  for (let i = 0; i < s.length; i++) {
    for (let j = i + 1; j < s.length; j++) {
      const a = s[i];
      const b = s[j];
      if (!a || !b) continue;
      if (Math.hypot(a.x - b.x, a.y - b.y) < g.gridSize - EPS) bad.push(`${a.id}–${b.id}`);
    }
  }
  return bad;
}

interface Seg {
  line: string;
  a: Point;
  b: Point;
}

/**
 * Places where two different lines are drawn on top of each other: parallel segments
 * closer than one line width apart that overlap along their length.
 */
export function linesOnTop(g: Geometry): string[] {
  const segs: Seg[] = [];
  for (const line of g.lines) {
    for (const path of line.paths) {
      for (let i = 0; i + 1 < path.points.length; i++) {
        const a = path.points[i] as Point;
        const b = path.points[i + 1] as Point;
        if (Math.hypot(b.x - a.x, b.y - a.y) > 1e-3) segs.push({ line: line.id, a, b });
      }
    }
  }
  const bad: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Seg;
    const len = Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    const ux = (s.b.x - s.a.x) / len;
    const uy = (s.b.y - s.a.y) / len;
    for (let j = i + 1; j < segs.length; j++) {
      const t = segs[j] as Seg;
      if (t.line === s.line) continue;
      const vx = t.b.x - t.a.x;
      const vy = t.b.y - t.a.y;
      const tl = Math.hypot(vx, vy);
      if (Math.abs(ux * vy - uy * vx) / tl > 1e-6) continue; // not parallel
      // Distance between the two parallel lines.
      const off = Math.abs(-uy * (t.a.x - s.a.x) + ux * (t.a.y - s.a.y));
      if (off > g.lineWidth * 0.5) continue;
      const p0 = ux * (t.a.x - s.a.x) + uy * (t.a.y - s.a.y);
      const p1 = ux * (t.b.x - s.a.x) + uy * (t.b.y - s.a.y);
      const overlap = Math.min(len, Math.max(p0, p1)) - Math.max(0, Math.min(p0, p1));
      if (overlap > g.lineWidth) bad.push(`${s.line} on ${t.line} near (${s.a.x},${s.a.y})`);
    }
  }
  return bad;
}

/**
 * Label boxes overlapping another label, another station's marker, or a line as drawn
 * (its offset polyline, stroke width included).
 */
export function labelOverlaps(g: Geometry): string[] {
  const bad: string[] = [];
  const labels = g.labels;
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i];
    if (!a) continue;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j];
      if (b && intersects(rectOf(a.box), rectOf(b.box)))
        bad.push(`label ${a.stationId} / label ${b.stationId}`);
    }
    for (const s of g.stations) {
      if (s.id === a.stationId) continue;
      const m = s.marker;
      const hit =
        m.kind === 'dot' ? touchesBox(s, s, m.r, a.box) : touchesBox(m.a, m.b, m.r, a.box);
      if (hit) bad.push(`label ${a.stationId} / station ${s.id}`);
    }
    for (const line of g.lines) {
      const crossed = line.paths.some((path) =>
        path.points.some((p, k) => {
          const q = path.points[k + 1];
          return q !== undefined && touchesBox(p, q, g.lineWidth / 2, a.box);
        }),
      );
      if (crossed) bad.push(`label ${a.stationId} / line ${line.id}`);
    }
  }
  return bad;
}

/** Each path's stop points: in order, and each within its station's bundle. */
export function stopsOutOfPlace(g: Geometry): string[] {
  const bad: string[] = [];
  const byId = new Map(g.stations.map((s) => [s.id, s]));
  for (const line of g.lines) {
    for (const path of line.paths) {
      let last = -1;
      path.stations.forEach((id, k) => {
        const index = path.stationPoints[k] ?? -1;
        const p = path.points[index];
        const s = byId.get(id);
        if (!p || !s || index < last) {
          bad.push(`${line.id} stop ${k} (${id}) missing or out of order`);
          return;
        }
        last = index;
        const reach = Math.max(1, s.lines.length) * g.lineSpacing;
        if (Math.hypot(p.x - s.x, p.y - s.y) > reach + EPS) bad.push(`${line.id} misses ${id}`);
      });
    }
  }
  return bad;
}
