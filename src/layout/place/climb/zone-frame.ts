// Where each zone currently sits: its centroid and bounding box, refreshed between sweeps.
import type { GridState } from './grid-state.ts';

/** The landscape aspect (width / height) the layout aims for, like a laptop or a slide. */
export const ASPECT = 1.6;

export interface ZoneFrame {
  readonly cx: Float64Array;
  readonly cy: Float64Array;
  readonly minX: Float64Array;
  readonly minY: Float64Array;
  readonly maxX: Float64Array;
  readonly maxY: Float64Array;
  /** Centre of the whole layout and how much each axis is over its landscape share. */
  readonly midX: number;
  readonly midY: number;
  readonly overX: number;
  readonly overY: number;
}

export function zoneFrame(state: GridState): ZoneFrame {
  const z = state.g.zoneCount;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let u = 0; u < state.g.n; u++) {
    x0 = Math.min(x0, state.x[u] as number);
    x1 = Math.max(x1, state.x[u] as number);
    y0 = Math.min(y0, state.y[u] as number);
    y1 = Math.max(y1, state.y[u] as number);
  }
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const f: ZoneFrame = {
    midX: (x0 + x1) / 2,
    midY: (y0 + y1) / 2,
    overX: Math.max(0, w / h / ASPECT - 1),
    overY: Math.max(0, (h * ASPECT) / w - 1),
    cx: new Float64Array(z),
    cy: new Float64Array(z),
    minX: new Float64Array(z).fill(Infinity),
    minY: new Float64Array(z).fill(Infinity),
    maxX: new Float64Array(z).fill(-Infinity),
    maxY: new Float64Array(z).fill(-Infinity),
  };
  const count = new Float64Array(z);
  for (let u = 0; u < state.g.n; u++) {
    const k = state.g.zone[u] as number;
    if (k < 0) continue;
    const x = state.x[u] as number;
    const y = state.y[u] as number;
    f.cx[k] = (f.cx[k] as number) + x;
    f.cy[k] = (f.cy[k] as number) + y;
    count[k] = (count[k] as number) + 1;
    f.minX[k] = Math.min(f.minX[k] as number, x);
    f.minY[k] = Math.min(f.minY[k] as number, y);
    f.maxX[k] = Math.max(f.maxX[k] as number, x);
    f.maxY[k] = Math.max(f.maxY[k] as number, y);
  }
  for (let k = 0; k < z; k++) {
    const c = Math.max(1, count[k] as number);
    f.cx[k] = (f.cx[k] as number) / c;
    f.cy[k] = (f.cy[k] as number) / c;
  }
  return f;
}

/** How many other zones' boxes contain the point (a box is shrunk by half a unit). */
export function foreignZones(f: ZoneFrame, own: number, x: number, y: number): number {
  let n = 0;
  for (let k = 0; k < f.cx.length; k++) {
    if (k === own) continue;
    if (
      x > (f.minX[k] as number) - 0.5 &&
      x < (f.maxX[k] as number) + 0.5 &&
      y > (f.minY[k] as number) - 0.5 &&
      y < (f.maxY[k] as number) + 0.5
    )
      n++;
  }
  return n;
}
