// Zone names: written inside their own zone's area, where they cover no station label, no
// station, no line and no other zone's name. Where the area has no such room, the name goes
// just beside it, on cells the zone may take, and the area grows to hold it (so the name is
// always inside). Only when nothing is free does a name cover something (the least). The
// renderer writes the name in capitals, bold, from `anchor` on the baseline.
import type { Box, Point } from '../geometry.ts';
import { textWidth } from '../labels/text.ts';
import type { Lattice } from './lattice.ts';
import type { ZoneArea } from './zone-mask.ts';
import type { ZoneObstacles } from './zone-obstacles.ts';

/** Font size of zone names, for a given station-label font size. */
export function zoneFontSize(fontSize: number): number {
  return Math.max(11, fontSize * 0.95);
}

/** Estimated box of a zone name in capitals, bold, slightly spaced. */
export function zoneLabelBox(label: string, anchor: Point, fontSize: number): Box {
  const text = label.toUpperCase();
  const width = textWidth(text, fontSize) * 1.1 + text.length * 0.6;
  return { x: anchor.x, y: anchor.y - fontSize * 0.85, width, height: fontSize * 1.1 };
}

export interface ZoneName {
  readonly anchor: Point;
  readonly box: Box;
}

export interface NameSearch {
  readonly lattice: Lattice;
  readonly obstacles: ZoneObstacles;
  /** Whether the zone may take cell c to hold its name. */
  readonly allow: (c: number) => boolean;
  readonly fontSize: number;
}

/** Depth below the top of the area (in name heights) weighs this much per unit. */
const DEPTH = 0.3;
/** Growing the area to hold the name costs this, and this much per cell taken. */
const GROW = 50;
const PER_CELL = 0.05;
/** How many edge cells of an area are tried as the foot of a name beside it, at most. */
const EDGE_CELLS = 100;
/** A piece other than the zone's largest costs this much more. */
const SMALL_PIECE = 5;

interface Spot {
  readonly box: Box;
  readonly cost: number;
  /** The cells the area takes to hold the name. */
  readonly take: readonly number[];
}

/**
 * Places a zone's name on its area: the best spot inside, else beside it on cells the zone
 * may take (which the area then takes), else the spot inside that covers least (else, on a
 * crowded map, at its first cell). Returns undefined only for an empty area.
 */
export function placeZoneName(label: string, a: ZoneArea, s: NameSearch): ZoneName | undefined {
  if (a.cells.length === 0) return undefined;
  const { lattice, fontSize } = s;
  const cell = lattice.cell;
  const W = lattice.w;
  const size = zoneLabelBox(label, { x: 0, y: 0 }, fontSize);
  const pad = Math.max(2, cell * 0.3);
  const bw = Math.ceil((size.width + 2 * pad) / cell) + 1;
  const bh = Math.ceil((size.height + 2 * pad) / cell) + 1;
  const { piece, count } = a.components();
  const sizes = new Array<number>(count + 1).fill(0);
  for (const c of a.cells) sizes[piece[c] as number] = (sizes[piece[c] as number] as number) + 1;
  const largest = sizes.indexOf(Math.max(...sizes));
  // How many cells of the area run on to the right of each of its cells, itself included.
  const run = new Map<number, number>();
  let top = Infinity;
  for (const c of [...a.cells].sort((p, q) => q - p)) {
    const x = c % W;
    run.set(c, 1 + (x + 1 < W ? (run.get(c + 1) ?? 0) : 0));
    top = Math.min(top, (c - x) / W);
  }
  const topY = lattice.y0 + top * cell;
  let best: Spot | undefined;
  const boxAt = (x: number, y: number): Box => ({
    x: lattice.x0 + x * cell + (bw * cell - size.width) / 2,
    y: lattice.y0 + y * cell + (bh * cell - size.height) / 2,
    width: size.width,
    height: size.height,
  });
  const consider = (
    x: number,
    y: number,
    extra: number,
    closely: boolean,
    take: readonly number[] = [],
  ): void => {
    const box = boxAt(x, y);
    let cost = extra + (DEPTH * (box.y - topY)) / (size.height * 2.5);
    if (best && cost >= best.cost) return;
    if (!s.obstacles.free(box)) {
      if (!closely) return;
      cost += s.obstacles.cost(box);
      if (best && cost >= best.cost) return;
    }
    best = { box, cost, take };
  };
  const pieceCost = (c: number): number => (piece[c] === largest ? 0 : SMALL_PIECE);
  // A spot inside: its run of bw × bh cells all in the area.
  const inside = (closely: boolean): void => {
    for (const c of a.cells) {
      const x = c % W;
      const y = (c - x) / W;
      if (y + bh >= lattice.h) continue;
      let fits = true;
      for (let r = 0; r < bh && fits; r++) fits = (run.get(c + r * W) ?? 0) >= bw;
      if (fits) consider(x, y, pieceCost(c), closely);
    }
  };
  // A spot beside: a run of cells out from an edge cell of the area, with the cells between
  // (a neck two cells wide), all takeable.
  const beside = (closely: boolean): void => {
    const tried = new Uint8Array(lattice.size);
    const steps: [number, number][] = [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ];
    const reach = Math.max(2, bh * 3);
    // Edge cells, at most EDGE_CELLS of them evenly spread (a neighbour's runs are nearly
    // the same), so that a large zone costs no more than a small one.
    const edge = a.cells.filter((c) => a.neighbours(c).some((n) => !a.has(n)));
    const stride = Math.max(2, Math.ceil(edge.length / EDGE_CELLS));
    for (let e = 0; e < edge.length; e += stride) {
      const c = edge[e] as number;
      const cx = c % W;
      const cy = (c - cx) / W;
      for (const [dx, dy] of steps) {
        if (a.has(c + dy * W + dx)) continue;
        // The three ways of lining the run up across the step; along it, the nearest free
        // run wins (one further out takes more cells).
        for (const o of dx === 0 ? [0, bw >> 1, bw - 1] : [0, bh >> 1, bh - 1]) {
          const side = dx === 0 ? (o < bw - 1 ? 1 : -1) : o < bh - 1 ? W : -W;
          for (let d = 1; d <= reach; d += 2) {
            const x = dx > 0 ? cx + d : dx < 0 ? cx - d - bw + 1 : cx - o;
            const y = dy > 0 ? cy + d : dy < 0 ? cy - d - bh + 1 : cy - o;
            if (x < 1 || y < 1 || x + bw >= W || y + bh >= lattice.h) break;
            const k = y * W + x;
            if (tried[k] === 1) continue;
            tried[k] = 1;
            if (!closely && !s.obstacles.free(boxAt(x, y))) continue;
            const cells: number[] = [];
            let neck = true;
            for (let t = 1; t < d && neck; t++) {
              for (const m of [c + t * (dy * W + dx), c + t * (dy * W + dx) + side]) {
                if (!a.has(m)) neck = s.allow(m) && cells.push(m) > 0;
              }
            }
            if (!neck) break;
            let open = true;
            for (let r = 0; r < bh && open; r++) {
              for (let q = 0; q < bw && open; q++) {
                const m = k + r * W + q;
                if (!a.has(m)) open = s.allow(m) && cells.push(m) > 0;
              }
            }
            if (!open) continue;
            consider(x, y, GROW + PER_CELL * cells.length + pieceCost(c), closely, cells);
            if (!closely) break;
          }
        }
      }
    }
  };
  for (const closely of [false, true]) {
    inside(closely);
    if (!best || closely) beside(closely);
    if (best) break;
  }
  const first = a.cells[0] as number;
  const spot: Spot = best ?? {
    box: { ...size, x: lattice.cx(first % W), y: lattice.cy(Math.floor(first / W)) },
    cost: Infinity,
    take: [],
  };
  for (const c of spot.take) a.add(c);
  s.obstacles.add(spot.box);
  const anchor = { x: spot.box.x, y: spot.box.y + fontSize * 0.85 };
  return { anchor, box: zoneLabelBox(label, anchor, fontSize) };
}
