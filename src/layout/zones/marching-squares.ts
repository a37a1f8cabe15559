// Level-set contours of a scalar field sampled on a regular grid (marching squares).
// Where a cell's corners straddle the level, the crossing is placed by linear
// interpolation, so the outline follows the field smoothly instead of the cells' edges.

/** A closed loop in grid-node coordinates (x = column, y = row), not repeated at the end. */
export type Loop = [number, number][];

/**
 * The loops where `values` (w × h nodes, row-major) crosses 0, with the region where
 * values < 0 kept on the left of the direction of travel in screen coordinates (y down),
 * i.e. outer boundaries run counter-clockwise on screen and holes clockwise.
 * Nodes on the border must be ≥ 0 so that every loop closes. `cells` (the index of each
 * cell's top-left node) limits the scan to the cells that may hold the level set; by
 * default every cell is scanned.
 */
export function contours(
  values: Float32Array,
  w: number,
  h: number,
  cells?: Iterable<number>,
): Loop[] {
  const v = (x: number, y: number): number => values[y * w + x] as number;
  // Crossing points live on grid edges: horizontal edge (x,y)–(x+1,y) has id 2(yw+x),
  // vertical edge (x,y)–(x,y+1) has id 2(yw+x)+1.
  const hEdge = (x: number, y: number): number => 2 * (y * w + x);
  const vEdge = (x: number, y: number): number => 2 * (y * w + x) + 1;
  const next = new Map<number, number>();
  const link = (a: number, b: number): void => {
    next.set(a, b);
  };
  const visit = (x: number, y: number): void => {
    const tl = v(x, y) < 0 ? 1 : 0;
    const tr = v(x + 1, y) < 0 ? 1 : 0;
    const br = v(x + 1, y + 1) < 0 ? 1 : 0;
    const bl = v(x, y + 1) < 0 ? 1 : 0;
    const code = (tl << 3) | (tr << 2) | (br << 1) | bl;
    if (code === 0 || code === 15) return;
    const top = hEdge(x, y);
    const bottom = hEdge(x, y + 1);
    const left = vEdge(x, y);
    const right = vEdge(x + 1, y);
    // Each segment is oriented so that the inside (negative) corners lie on its left.
    switch (code) {
      case 1: // bl
        link(bottom, left);
        break;
      case 2: // br
        link(right, bottom);
        break;
      case 3: // bl br
        link(right, left);
        break;
      case 4: // tr
        link(top, right);
        break;
      case 6: // tr br
        link(top, bottom);
        break;
      case 7: // all but tl
        link(top, left);
        break;
      case 8: // tl
        link(left, top);
        break;
      case 9: // tl bl
        link(bottom, top);
        break;
      case 11: // all but tr
        link(right, top);
        break;
      case 12: // tl tr
        link(left, right);
        break;
      case 13: // all but br
        link(bottom, right);
        break;
      case 14: // all but bl
        link(left, bottom);
        break;
      case 5:
      case 10: {
        // A saddle: the centre decides whether the two inside corners join.
        const centre = (v(x, y) + v(x + 1, y) + v(x + 1, y + 1) + v(x, y + 1)) / 4;
        const joined = centre < 0;
        if (code === 5) {
          // tr and bl inside
          if (joined) {
            link(top, left);
            link(bottom, right);
          } else {
            link(top, right);
            link(bottom, left);
          }
        } else if (joined) {
          // tl and br inside
          link(left, bottom);
          link(right, top);
        } else {
          link(left, top);
          link(right, bottom);
        }
        break;
      }
    }
  };
  if (cells) {
    for (const c of cells) {
      const x = c % w;
      const y = (c - x) / w;
      if (x + 1 < w && y + 1 < h) visit(x, y);
    }
  } else {
    for (let y = 0; y + 1 < h; y++) for (let x = 0; x + 1 < w; x++) visit(x, y);
  }
  const point = (edge: number): [number, number] => {
    const node = edge >> 1;
    const x = node % w;
    const y = (node - x) / w;
    const a = v(x, y);
    const b = edge & 1 ? v(x, y + 1) : v(x + 1, y);
    const t = a === b ? 0.5 : Math.min(1, Math.max(0, a / (a - b)));
    return edge & 1 ? [x, y + t] : [x + t, y];
  };
  const loops: Loop[] = [];
  const starts = [...next.keys()].sort((a, b) => a - b);
  for (const start of starts) {
    if (!next.has(start)) continue;
    const loop: Loop = [];
    let e: number | undefined = start;
    while (e !== undefined && next.has(e)) {
      loop.push(point(e));
      const n: number | undefined = next.get(e);
      next.delete(e);
      e = n;
    }
    if (loop.length >= 3) loops.push(loop);
  }
  return loops;
}
