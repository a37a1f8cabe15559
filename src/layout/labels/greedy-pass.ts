// The first pass: every station's label at its cheapest candidate, the hardest stations first
// (those with the fewest clean candidates among their most preferred forty).
import type { LabelState } from './label-state.ts';

/** Places every label; returns the order the stations were placed in (the later passes' too). */
export function greedyPass(state: LabelState): number[] {
  const { ranks, start } = state;
  const cleanCount = ranks.map((rank, i) => {
    const s0 = start[i] as number;
    let n = 0;
    for (let r = 0; r < Math.min(40, rank.length); r++)
      if (state.clean(i, s0 + (rank[r] as number))) n++;
    return n;
  });
  const order = ranks
    .map((_, i) => i)
    .sort((a, b) => (cleanCount[a] as number) - (cleanCount[b] as number) || a - b);
  for (const i of order) state.choose(i);
  return order;
}
