// Shaping one zone's cells into an area that reads as a fare zone: narrow gaps closed, stray
// fragments dropped, the pieces its track joins joined (small enclosed gaps are filled once
// the outline is traced: zone-outline.ts). Each step only adds cells the zone may take
// (`allow`) or removes cells of its own, and costs what the area costs.
import type { ZoneArea } from './zone-mask.ts';

type Allow = (cell: number) => boolean;

/**
 * Closes gaps up to about 2·radius cells wide (a morphological closing with an octagon,
 * alternating square and cross steps), growing only into cells the zone may take. The area
 * never holds a cell of the lattice's outer ring, so every neighbour of its cells exists.
 */
export function closeGaps(a: ZoneArea, allow: Allow, radius: number): void {
  const w = a.w;
  const cross = [0, 1, -1, w, -w];
  const square = [...cross, w + 1, w - 1, 1 - w, -1 - w];
  const shapes = Array.from({ length: radius }, (_, k) => (k % 2 === 0 ? square : cross));
  // Dilation: each level holds the previous one and its neighbours that may be taken.
  const level = new Uint8Array(a.bits);
  const cells = [...a.cells];
  let previous: number[] | undefined;
  let before = 0;
  for (const shape of shapes) {
    // After a square step, a cross step need only look round the cells it added.
    const from = previous === square && shape === cross ? before : 0;
    const to = cells.length;
    previous = shape;
    before = to;
    for (let i = from; i < to; i++) {
      const c = cells[i] as number;
      for (const d of shape) {
        const m = c + d;
        if (level[m] === 0 && !a.onEdge(m) && allow(m)) {
          level[m] = 1;
          cells.push(m);
        }
      }
    }
  }
  // Erosion: a cell stays while all the cells round it are set.
  let kept = cells;
  for (const shape of [...shapes].reverse()) {
    const next: number[] = [];
    for (const c of kept) {
      let all = true;
      for (const d of shape) {
        if (level[c + d] !== 1) {
          all = false;
          break;
        }
      }
      if (all) next.push(c);
    }
    for (const c of kept) level[c] = 0;
    for (const c of next) level[c] = 1;
    kept = next;
  }
  for (const c of kept) a.add(c);
}

/** Drops every piece that holds none of the anchor cells. */
export function keepAnchored(a: ZoneArea, anchors: Iterable<number>): void {
  const piece = a.components().piece;
  const keep = new Set<number>();
  for (const c of anchors) if (a.has(c)) keep.add(piece[c] as number);
  a.keep((c) => keep.has(piece[c] as number));
}

/**
 * Joins, for each pair of cells that must lie in one piece, their pieces along the shortest
 * run of cells the zone may cross (`passable`), searched within `reach` cells of the pair.
 */
export function joinPairs(
  a: ZoneArea,
  pairs: readonly (readonly [number, number])[],
  passable: Allow,
  reach: number,
): void {
  let pieces = a.components().piece;
  for (const [p, q] of pairs) {
    if (!a.has(p) || !a.has(q)) continue;
    const from = pieces[p];
    const to = pieces[q];
    if (from === to) continue;
    const px = p % a.w;
    const qx = q % a.w;
    const py = (p - px) / a.w;
    const qy = (q - qx) / a.w;
    const [lx, hx] = [Math.min(px, qx) - reach, Math.max(px, qx) + reach];
    const [ly, hy] = [Math.min(py, qy) - reach, Math.max(py, qy) + reach];
    const prev = new Map<number, number>();
    const queue: number[] = [];
    for (const c of a.cells) {
      if (pieces[c] === from) {
        prev.set(c, -1);
        queue.push(c);
      }
    }
    let end = -1;
    for (let i = 0; i < queue.length && end < 0; i++) {
      const c = queue[i] as number;
      for (const m of a.neighbours(c)) {
        const x = m % a.w;
        const y = (m - x) / a.w;
        if (prev.has(m) || x < lx || x > hx || y < ly || y > hy || a.onEdge(m)) continue;
        prev.set(m, c);
        if (a.has(m) && pieces[m] === to) {
          end = m;
          break;
        }
        if (a.has(m) || passable(m)) queue.push(m);
      }
    }
    if (end < 0) continue;
    for (let c = end; c >= 0; c = prev.get(c) ?? -1) a.add(c);
    pieces = a.components().piece;
  }
}
