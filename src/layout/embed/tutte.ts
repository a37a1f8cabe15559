// Tutte's barycentric drawing: the outer face on a circle, every other vertex at the
// weighted mean of its neighbours. For a planar graph whose inner faces are all triangles
// and whose outer face is strictly convex, the straight-line drawing has no crossings
// (Tutte; Floater for positive weights).

export interface WeightedEdge {
  readonly u: number;
  readonly v: number;
  readonly w: number;
}

/** Positions [x0, y0, x1, y1, ...] with the outer cycle on a circle of `radius`. */
export function barycentric(
  size: number,
  edges: readonly WeightedEdge[],
  outer: readonly number[],
  radius: number,
): Float64Array {
  const pos = new Float64Array(size * 2);
  const fixed = new Uint8Array(size);
  outer.forEach((v, i) => {
    const a = (2 * Math.PI * i) / outer.length;
    pos[v * 2] = radius * Math.cos(a);
    pos[v * 2 + 1] = radius * Math.sin(a);
    fixed[v] = 1;
  });
  // The interior vertices' equations, solved directly (a dense elimination: maps drawn this
  // way have at most a few hundred vertices). Iterative solvers stop short of the precision
  // that deep, thin triangles need, and a triangle flipped by rounding is a crossing.
  const index = new Int32Array(size).fill(-1);
  const inner: number[] = [];
  for (let v = 0; v < size; v++) if (!fixed[v]) index[v] = inner.push(v) - 1;
  const k = inner.length;
  if (k === 0) return pos;
  const a = new Float64Array(k * k);
  const bx = new Float64Array(k);
  const by = new Float64Array(k);
  for (const e of edges) {
    for (const [u, v] of [
      [e.u, e.v],
      [e.v, e.u],
    ] as const) {
      const i = index[u] as number;
      if (i < 0) continue;
      a[i * k + i] = (a[i * k + i] as number) + e.w;
      const j = index[v] as number;
      if (j >= 0) a[i * k + j] = (a[i * k + j] as number) - e.w;
      else {
        bx[i] = (bx[i] as number) + e.w * (pos[v * 2] as number);
        by[i] = (by[i] as number) + e.w * (pos[v * 2 + 1] as number);
      }
    }
  }
  solveInPlace(a, bx, by, k);
  inner.forEach((v, i) => {
    pos[v * 2] = bx[i] as number;
    pos[v * 2 + 1] = by[i] as number;
  });
  return pos;
}

/**
 * Gaussian elimination without pivoting, for two right-hand sides at once: the matrix is a
 * weighted Laplacian with its boundary removed, symmetric and diagonally dominant, so no
 * pivot vanishes. A vertex cut off from the boundary (a zero row) stays at the origin.
 */
function solveInPlace(a: Float64Array, bx: Float64Array, by: Float64Array, k: number): void {
  for (let c = 0; c < k; c++) {
    const pivot = a[c * k + c] as number;
    if (Math.abs(pivot) < 1e-300) continue;
    for (let r = c + 1; r < k; r++) {
      const f = (a[r * k + c] as number) / pivot;
      if (f === 0) continue;
      for (let j = c; j < k; j++)
        a[r * k + j] = (a[r * k + j] as number) - f * (a[c * k + j] as number);
      bx[r] = (bx[r] as number) - f * (bx[c] as number);
      by[r] = (by[r] as number) - f * (by[c] as number);
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let sx = bx[r] as number;
    let sy = by[r] as number;
    for (let j = r + 1; j < k; j++) {
      sx -= (a[r * k + j] as number) * (bx[j] as number);
      sy -= (a[r * k + j] as number) * (by[j] as number);
    }
    const d = a[r * k + r] as number;
    bx[r] = Math.abs(d) < 1e-300 ? 0 : sx / d;
    by[r] = Math.abs(d) < 1e-300 ? 0 : sy / d;
  }
}
