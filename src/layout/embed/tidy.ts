// Tidying a crossing-free drawing without ever adding a crossing, after Bertault's PrEd
// (and ImPrEd by Simonetto et al.): forces pull neighbours to a common length, push
// stations apart and away from other edges, straighten lines through their stops and turn
// edges towards the eight transit-map directions; each station moves at most a third of its
// distance to any edge it is not on (and an edge's ends a third of any station's distance to
// it), so no station can pass through an edge and the crossings stay as they were.

export interface TidyInput {
  readonly n: number;
  /** Edges whose crossings are kept (the planar part), as [a0, b0, a1, b1, ...]. */
  readonly edges: Int32Array;
  /** Edges that only pull their ends together (edges left out of the planar part). */
  readonly loose: Int32Array;
  /** Consecutive stops (p, v, q) of a line through v: v is pulled onto the segment p–q. */
  readonly through: Int32Array;
  /** Zone of each station (-1: none). */
  readonly zone: Int32Array;
  /** Preferred edge length, in the drawing's units. */
  readonly length: number;
  readonly iterations: number;
}

export function tidy(input: TidyInput, pos: Float64Array): void {
  const { n, edges, loose, through, zone, length: L, iterations } = input;
  const m = edges.length / 2;
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const bound = new Float64Array(n);
  let zones = 0;
  for (let i = 0; i < n; i++) zones = Math.max(zones, (zone[i] as number) + 1);
  const zx = new Float64Array(zones);
  const zy = new Float64Array(zones);
  const zc = new Float64Array(zones);
  const gamma = L * 0.9;
  const near: Nearest = { x: 0, y: 0, d: 0, inner: false };
  const bins = new StationBins(gamma);
  const found: number[] = [];
  for (let iter = 0; iter < iterations; iter++) {
    const t = iter / Math.max(1, iterations - 1);
    const temperature = L * (0.6 * (1 - t) + 0.02);
    fx.fill(0);
    fy.fill(0);
    // Stations push each other apart.
    for (let u = 0; u < n; u++) {
      const ux = pos[u * 2] as number;
      const uy = pos[u * 2 + 1] as number;
      for (let v = u + 1; v < n; v++) {
        let dx = ux - (pos[v * 2] as number);
        let dy = uy - (pos[v * 2 + 1] as number);
        let d2 = dx * dx + dy * dy;
        if (d2 > 16 * L * L) continue;
        if (d2 < 1e-12) {
          dx = 1e-6 * (u - v);
          dy = 1e-6;
          d2 = dx * dx + dy * dy;
        }
        const f = (L * L) / d2;
        fx[u] = (fx[u] as number) + dx * f;
        fy[u] = (fy[u] as number) + dy * f;
        fx[v] = (fx[v] as number) - dx * f;
        fy[v] = (fy[v] as number) - dy * f;
      }
    }
    // Neighbours pull together; edges turn towards a multiple of 45 degrees.
    const spring = (a: number, b: number, turn: number): void => {
      const dx = (pos[b * 2] as number) - (pos[a * 2] as number);
      const dy = (pos[b * 2 + 1] as number) - (pos[a * 2 + 1] as number);
      const d = Math.hypot(dx, dy);
      if (d < 1e-9) return;
      const f = d / L;
      fx[a] = (fx[a] as number) + dx * f;
      fy[a] = (fy[a] as number) + dy * f;
      fx[b] = (fx[b] as number) - dx * f;
      fy[b] = (fy[b] as number) - dy * f;
      if (turn === 0) return;
      const angle = Math.atan2(dy, dx);
      const target = Math.round(angle / (Math.PI / 4)) * (Math.PI / 4);
      const delta = target - angle;
      // Rotate b about a (and a about b) by a share of the difference.
      const k = turn * Math.sin(delta) * d * 0.5;
      const px = -dy / d;
      const py = dx / d;
      fx[b] = (fx[b] as number) + px * k;
      fy[b] = (fy[b] as number) + py * k;
      fx[a] = (fx[a] as number) - px * k;
      fy[a] = (fy[a] as number) - py * k;
    };
    const turn = t < 0.4 ? 0 : 4 * (t - 0.4);
    for (let e = 0; e < m; e++) spring(edges[e * 2] as number, edges[e * 2 + 1] as number, turn);
    for (let e = 0; e < loose.length / 2; e++)
      spring(loose[e * 2] as number, loose[e * 2 + 1] as number, 0);
    // Stations keep clear of edges they are not on.
    bins.fill(pos, n);
    for (let e = 0; e < m; e++) {
      const a = edges[e * 2] as number;
      const b = edges[e * 2 + 1] as number;
      const box = edgeBox(pos, a, b);
      for (const v of bins.near(box, gamma, found)) {
        if (v === a || v === b || boxDistance(box, pos, v) >= gamma) continue;
        const q = closest(pos, v, a, b, near);
        if (q.d >= gamma || q.inner === false) continue;
        const d = Math.max(q.d, 1e-9);
        const f = ((gamma - d) * (gamma - d)) / d / d;
        const ex = ((pos[v * 2] as number) - q.x) * f;
        const ey = ((pos[v * 2 + 1] as number) - q.y) * f;
        fx[v] = (fx[v] as number) + ex;
        fy[v] = (fy[v] as number) + ey;
        fx[a] = (fx[a] as number) - ex * 0.5;
        fy[a] = (fy[a] as number) - ey * 0.5;
        fx[b] = (fx[b] as number) - ex * 0.5;
        fy[b] = (fy[b] as number) - ey * 0.5;
      }
    }
    // Lines run straight through their stops.
    for (let i = 0; i < through.length; i += 3) {
      const p = through[i] as number;
      const v = through[i + 1] as number;
      const q = through[i + 2] as number;
      const mx = ((pos[p * 2] as number) + (pos[q * 2] as number)) / 2;
      const my = ((pos[p * 2 + 1] as number) + (pos[q * 2 + 1] as number)) / 2;
      const k = 0.6;
      fx[v] = (fx[v] as number) + (mx - (pos[v * 2] as number)) * k;
      fy[v] = (fy[v] as number) + (my - (pos[v * 2 + 1] as number)) * k;
    }
    // Zones gather.
    if (zones > 0) {
      zx.fill(0);
      zy.fill(0);
      zc.fill(0);
      for (let v = 0; v < n; v++) {
        const z = zone[v] as number;
        if (z < 0) continue;
        zx[z] = (zx[z] as number) + (pos[v * 2] as number);
        zy[z] = (zy[z] as number) + (pos[v * 2 + 1] as number);
        zc[z] = (zc[z] as number) + 1;
      }
      for (let v = 0; v < n; v++) {
        const z = zone[v] as number;
        if (z < 0) continue;
        const c = zc[z] as number;
        fx[v] = (fx[v] as number) + ((zx[z] as number) / c - (pos[v * 2] as number)) * 0.05;
        fy[v] = (fy[v] as number) + ((zy[z] as number) / c - (pos[v * 2 + 1] as number)) * 0.05;
      }
    }
    // (The stations have not moved since they were binned above.)
    moveBounds(pos, n, edges, bound, temperature, bins);
    for (let v = 0; v < n; v++) {
      const f = Math.hypot(fx[v] as number, fy[v] as number);
      if (f < 1e-12) continue;
      const step = Math.min(f, temperature, bound[v] as number);
      pos[v * 2] = (pos[v * 2] as number) + ((fx[v] as number) / f) * step;
      pos[v * 2 + 1] = (pos[v * 2 + 1] as number) + ((fy[v] as number) / f) * step;
    }
  }
}

/**
 * How far each station may move this round without meeting an edge it is not on. A bound of
 * `cap` or more (the round's largest step) changes nothing, so a station whose distance to an
 * edge's box is already over three caps is not measured against that edge.
 */
export function moveBounds(
  pos: Float64Array,
  n: number,
  edges: Int32Array,
  out: Float64Array,
  cap = Infinity,
  bins?: StationBins,
): void {
  out.fill(Infinity);
  const near: Nearest = { x: 0, y: 0, d: 0, inner: false };
  const found: number[] = [];
  const all = bins && Number.isFinite(cap) ? [] : Array.from({ length: n }, (_, v) => v);
  for (let e = 0; e < edges.length / 2; e++) {
    const a = edges[e * 2] as number;
    const b = edges[e * 2 + 1] as number;
    const box = edgeBox(pos, a, b);
    const candidates = bins && Number.isFinite(cap) ? bins.near(box, 3 * cap, found) : all;
    for (const v of candidates) {
      if (v === a || v === b || boxDistance(box, pos, v) >= 3 * cap) continue;
      const r = closest(pos, v, a, b, near).d / 3;
      if (r < (out[v] as number)) out[v] = r;
      if (r < (out[a] as number)) out[a] = r;
      if (r < (out[b] as number)) out[b] = r;
    }
  }
}

type Box4 = readonly [number, number, number, number];

function edgeBox(pos: Float64Array, a: number, b: number): Box4 {
  const ax = pos[a * 2] as number;
  const ay = pos[a * 2 + 1] as number;
  const bx = pos[b * 2] as number;
  const by = pos[b * 2 + 1] as number;
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

/** Distance from station v to a box: never more than its distance to the segment inside. */
function boxDistance(box: Box4, pos: Float64Array, v: number): number {
  const x = pos[v * 2] as number;
  const y = pos[v * 2 + 1] as number;
  const dx = Math.max(box[0] - x, 0, x - box[2]);
  const dy = Math.max(box[1] - y, 0, y - box[3]);
  return Math.hypot(dx, dy);
}

/** Stations binned in square cells, to find those near a box without looking at all. */
class StationBins {
  private readonly cells = new Map<number, number[]>();

  constructor(private readonly size: number) {}

  fill(pos: Float64Array, n: number): void {
    for (const list of this.cells.values()) list.length = 0;
    for (let v = 0; v < n; v++) {
      const key = this.key(this.cell(pos[v * 2] as number), this.cell(pos[v * 2 + 1] as number));
      const list = this.cells.get(key);
      if (list) list.push(v);
      else this.cells.set(key, [v]);
    }
  }

  /** Stations in the cells within `r` of the box, by index (into `out`). */
  near(box: Box4, r: number, out: number[]): number[] {
    out.length = 0;
    const x0 = this.cell(box[0] - r);
    const x1 = this.cell(box[2] + r);
    const y0 = this.cell(box[1] - r);
    const y1 = this.cell(box[3] + r);
    for (let cx = x0; cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (list) for (const v of list) out.push(v);
      }
    // By index, as a loop over all stations would meet them: the forces add up in the
    // same order, so the drawing is the same to the last bit.
    return out.sort((a, b) => a - b);
  }

  private cell(c: number): number {
    return Math.floor(c / this.size);
  }

  private key(cx: number, cy: number): number {
    return (cx + 32768) * 65536 + (cy + 32768);
  }
}

interface Nearest {
  x: number;
  y: number;
  d: number;
  inner: boolean;
}

/** The point of segment a–b nearest to station v, its distance, and whether it is inside. */
function closest(pos: Float64Array, v: number, a: number, b: number, out: Nearest): Nearest {
  const ax = pos[a * 2] as number;
  const ay = pos[a * 2 + 1] as number;
  const bx = pos[b * 2] as number;
  const by = pos[b * 2 + 1] as number;
  const vx = pos[v * 2] as number;
  const vy = pos[v * 2 + 1] as number;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((vx - ax) * dx + (vy - ay) * dy) / len2 : 0;
  out.inner = t > 0 && t < 1;
  t = Math.max(0, Math.min(1, t));
  out.x = ax + dx * t;
  out.y = ay + dy * t;
  out.d = Math.hypot(vx - out.x, vy - out.y);
  return out;
}
