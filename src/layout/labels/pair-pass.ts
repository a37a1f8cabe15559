// Pairs: a label that still overlaps another label, or covers a line or a station, is
// placed again together with each label near it (both labels' best candidates searched
// jointly); a move is kept only when it lowers the pair's cost.
import { COST } from './label-cost.ts';
import { grow, union, type Rect } from '../geom/box.ts';
import { MARGIN, type LabelState } from './label-state.ts';

export function pairPass(state: LabelState, order: readonly number[]): void {
  const { chosen, start } = state;
  for (const i of order) {
    let partners = state.overlapping(i);
    if (!state.clean(i, chosen[i] as number)) {
      // Covering a line or a station, or nearer another station: worth a pair search only
      // with the labels that sit where this label could go better.
      let area: Rect | undefined;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        if (!state.better(i, k)) continue;
        const b = state.boxOf(k);
        area = area ? union(area, b) : b;
      }
      if (area)
        partners = [...new Set(state.placed.search(grow(area, MARGIN)).map((o) => o.station))];
    }
    for (const j of partners) if (j !== i) tryPair(state, i, j);
  }
}

/** Station i's n cheapest candidates as [cost, candidate], and `keep` if not among them. */
function ranked(state: LabelState, i: number, n: number, keep: number): [number, number][] {
  const near = state.neighbours(i);
  const s0 = state.start[i] as number;
  const count = (state.start[i + 1] as number) - s0;
  const totals = new Float64Array(count);
  for (let r = 0; r < count; r++)
    totals[r] = state.fixed(i, s0 + r) + state.labelCost(near, s0 + r);
  // The n cheapest by selection (n is small), then the current choice if it is not among them.
  const top: [number, number][] = [];
  const taken = new Uint8Array(count);
  for (let t = 0; t < Math.min(n, count); t++) {
    let best = -1;
    for (let r = 0; r < count; r++)
      if (!taken[r] && (best < 0 || (totals[r] as number) < (totals[best] as number))) best = r;
    taken[best] = 1;
    top.push([totals[best] as number, s0 + best]);
  }
  if (!taken[keep - s0]) top.push([totals[keep - s0] as number, keep]);
  return top;
}

function tryPair(state: LabelState, i: number, j: number): void {
  const ki = state.chosen[i] as number;
  const kj = state.chosen[j] as number;
  state.lift(i);
  state.lift(j);
  const ri = ranked(state, i, 24, ki);
  const rj = ranked(state, j, 24, kj);
  const pairCost = (a: number, b: number): number => (state.clash(a, b) > 0 ? COST.label : 0);
  const costOf = (list: [number, number][], k: number): number =>
    list.find(([, x]) => x === k)?.[0] ?? Infinity;
  let best: [number, number] = [ki, kj];
  let bestCost = costOf(ri, ki) + costOf(rj, kj) + pairCost(ki, kj);
  for (const [ca, a] of ri) {
    for (const [cb, b] of rj) {
      const total = ca + cb;
      if (total >= bestCost - 1e-9) continue;
      const withPair = total + pairCost(a, b);
      if (withPair < bestCost - 1e-9) {
        bestCost = withPair;
        best = [a, b];
      }
    }
  }
  state.put(i, best[0]);
  state.put(j, best[1]);
}
