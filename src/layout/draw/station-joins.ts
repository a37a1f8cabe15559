// How each line turns or jogs at a station, chosen so that no two lines are drawn on top of
// each other there. A mitred corner can reach past the station centre, onto the track of a
// line on the opposite edge; a jog can lie along another line's leg. Each join has a few
// octilinear shapes (the mitre first, then corners cut back by 45° steps, jogs moved before
// or after the station); per station, joins that overlap another line take another shape.
import type { Point } from '../geometry.ts';
import { join, type Vec } from './offset.ts';

export interface JoinShape {
  readonly points: Point[];
  /** Index of the point that stands for the station. */
  readonly centre: number;
}

/** One line passing (or ending) at a station, with the shapes its join may take. */
export interface StationPass {
  /** The line (passes of one line's branches may share track). */
  readonly line: number;
  readonly shapes: JoinShape[];
  /** Far ends of the legs near the station (where the local check stops), if any. */
  readonly inFar: Point | null;
  readonly outFar: Point | null;
  chosen: number;
}

const add = (p: Point, v: Vec, k: number): Point => ({ x: p.x + v.x * k, y: p.y + v.y * k });

/**
 * The shapes of a line's join at station s: in along uIn at offset oIn, out along uOut at
 * offset oOut (offsets to the right of travel). The first is the plain mitre or jog.
 */
export function joinShapes(
  s: Point,
  uIn: Vec,
  oIn: number,
  uOut: Vec,
  oOut: number,
  spacing: number,
  reachIn: number,
  reachOut: number,
): JoinShape[] {
  const plain = join(s, uIn, oIn, uOut, oOut);
  const shapes: JoinShape[] = [plain];
  const cross = uIn.x * uOut.y - uIn.y * uOut.x;
  const dot = uIn.x * uOut.x + uIn.y * uOut.y;
  const steps = [0.5, 1, 1.5, 2, 3].map((k) => k * spacing);
  if (Math.abs(cross) < 1e-9 && dot > 0) {
    // A jog where the offset changes: move it before or after the station.
    if (plain.points.length !== 3) return shapes;
    for (const k of steps) {
      for (const sign of [-1, 1]) {
        const pts = plain.points.map((p) => add(p, uIn, sign * k));
        const ahead = sign > 0 ? k : 0;
        const behind = sign < 0 ? k : 0;
        if (behind + spacing > reachIn || ahead + spacing > reachOut) continue;
        shapes.push({ points: pts, centre: 1 });
      }
    }
    return shapes;
  }
  if (Math.abs(cross) < 1e-9) return shapes;
  const m = plain.points[0] as Point;
  // Cut the corner: leave the incoming track away from the mitre, reach the outgoing track
  // with one more octilinear piece. For a right angle the piece is diagonal, cut back; for
  // other turns it runs square to the incoming track: cut back for a sharp turn (135°),
  // carried on past the mitre for a gentle one (45°), so that the corner moves off a
  // track that the plain mitre would share.
  const side = cross > 0 ? 1 : -1; // which way the line turns (screen coordinates)
  const v = { x: -uIn.y * side, y: uIn.x * side }; // square to uIn, towards the turn
  const alpha = dot; // uOut = alpha·uIn + beta·v
  const beta = uOut.x * v.x + uOut.y * v.y;
  const right = Math.abs(dot) < 1e-9;
  for (const c of steps) {
    const a = right ? c : -alpha * c; // how far back along the incoming track
    const p1 = add(m, uIn, -a);
    const p2 = right ? add(m, uOut, c) : add(p1, v, beta * c);
    if (!right && Math.abs(a) < 1e-9) continue;
    // Both cut points must stay on the legs, clear of the next station or bend.
    const back = (s.x - p1.x) * uIn.x + (s.y - p1.y) * uIn.y;
    const fwd = (p2.x - s.x) * uOut.x + (p2.y - s.y) * uOut.y;
    if (back + spacing > reachIn || fwd + spacing > reachOut) continue;
    shapes.push({ points: [p1, p2], centre: 0 });
  }
  return shapes;
}

/** The piece of a pass near its station: leg end, join, leg start. */
function local(pass: StationPass, shape: JoinShape): Point[] {
  const pts: Point[] = [];
  if (pass.inFar) pts.push(pass.inFar);
  pts.push(...shape.points);
  if (pass.outFar) pts.push(pass.outFar);
  return pts;
}

/** Do two polylines run on top of each other anywhere (parallel, closer than `width`)? */
export function overlapCount(p: readonly Point[], q: readonly Point[], width: number): number {
  let n = 0;
  for (let i = 1; i < p.length; i++) {
    const a = p[i - 1] as Point;
    const b = p[i] as Point;
    const rx = b.x - a.x;
    const ry = b.y - a.y;
    const lr = Math.hypot(rx, ry);
    if (lr < 1e-9) continue;
    for (let j = 1; j < q.length; j++) {
      const c = q[j - 1] as Point;
      const d = q[j] as Point;
      const vx = d.x - c.x;
      const vy = d.y - c.y;
      const lv = Math.hypot(vx, vy);
      if (lv < 1e-9 || Math.abs(rx * vy - ry * vx) > 1e-9 * lr * lv) continue;
      const wx = c.x - a.x;
      const wy = c.y - a.y;
      if (Math.abs(rx * wy - ry * wx) / lr >= width) continue;
      const t0 = (wx * rx + wy * ry) / lr;
      const t1 = ((d.x - a.x) * rx + (d.y - a.y) * ry) / lr;
      const overlap = Math.min(lr, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1));
      if (overlap > 1e-3) n++;
    }
  }
  return n;
}

/**
 * Picks a shape for every pass at one station so that as few pairs of lines as possible
 * overlap there: the plain joins first, then, pass by pass, another shape wherever that
 * lowers the pass's overlaps. Deterministic; a bounded number of rounds.
 */
export function resolveStation(passes: StationPass[], width: number): void {
  if (passes.length < 2) return;
  const current = passes.map((p) => local(p, p.shapes[p.chosen] as JoinShape));
  const conflicts = (i: number, mine: readonly Point[]): number => {
    const line = (passes[i] as StationPass).line;
    let n = 0;
    for (let j = 0; j < passes.length; j++) {
      if (j === i || (passes[j] as StationPass).line === line) continue;
      n += overlapCount(mine, current[j] as Point[], width);
    }
    return n;
  };
  for (let round = 0; round < 3; round++) {
    let changed = false;
    passes.forEach((pass, i) => {
      if (pass.shapes.length < 2) return;
      let best = conflicts(i, current[i] as Point[]);
      if (best === 0) return;
      pass.shapes.forEach((shape, k) => {
        if (k === pass.chosen || best === 0) return;
        const mine = local(pass, shape);
        const c = conflicts(i, mine);
        if (c < best) {
          best = c;
          pass.chosen = k;
          current[i] = mine;
          changed = true;
        }
      });
    });
    if (!changed) break;
  }
  // Two joins that each block every other shape of the other (two jogs, say): try them in
  // pairs.
  for (let i = 0; i < passes.length; i++) {
    const a = passes[i] as StationPass;
    if (a.shapes.length < 2 || conflicts(i, current[i] as Point[]) === 0) continue;
    for (let j = 0; j < passes.length; j++) {
      const b = passes[j] as StationPass;
      if (j === i || b.line === a.line || b.shapes.length < 2) continue;
      if (overlapCount(current[i] as Point[], current[j] as Point[], width) === 0) continue;
      const keepA = current[i] as Point[];
      const keepB = current[j] as Point[];
      let best = conflicts(i, keepA) + conflicts(j, keepB);
      let pick: [number, number] | null = null;
      for (let ka = 0; ka < a.shapes.length; ka++) {
        const mineA = local(a, a.shapes[ka] as JoinShape);
        for (let kb = 0; kb < b.shapes.length && best > 0; kb++) {
          const mineB = local(b, b.shapes[kb] as JoinShape);
          current[i] = mineA;
          current[j] = mineB;
          const c = conflicts(i, mineA) + conflicts(j, mineB);
          if (c < best) {
            best = c;
            pick = [ka, kb];
          }
        }
      }
      current[i] = keepA;
      current[j] = keepB;
      if (pick) {
        a.chosen = pick[0];
        b.chosen = pick[1];
        current[i] = local(a, a.shapes[pick[0]] as JoinShape);
        current[j] = local(b, b.shapes[pick[1]] as JoinShape);
      }
    }
  }
}
