// Groups of stations worth moving together: the interiors of chains of degree-2 stations,
// and a station with the dead-end stations hanging off it. Pinned stations never move.
import type { PlacementGraph } from './placement-graph.ts';

export function moveGroups(g: PlacementGraph): number[][] {
  const groups: number[][] = [];
  const deg = (u: number): number => (g.neighbours[u] as number[]).length;
  const free = (u: number): boolean => g.pin[u] === undefined;
  const seen = new Uint8Array(g.n);
  for (let u = 0; u < g.n; u++) {
    if (seen[u] || deg(u) !== 2 || !free(u)) continue;
    // Walk both ways along degree-2, unpinned stations.
    const chain = [u];
    seen[u] = 1;
    for (const start of g.neighbours[u] as number[]) {
      let prev = u;
      let cur = start;
      const part: number[] = [];
      while (!seen[cur] && deg(cur) === 2 && free(cur)) {
        seen[cur] = 1;
        part.push(cur);
        const nb = g.neighbours[cur] as number[];
        const next = nb[0] === prev ? (nb[1] as number) : (nb[0] as number);
        prev = cur;
        cur = next;
      }
      if (chain[0] === u && part.length > 0 && start === (g.neighbours[u] as number[])[0])
        chain.unshift(...part.reverse());
      else chain.push(...part);
    }
    if (chain.length >= 2) groups.push(chain);
  }
  for (let u = 0; u < g.n; u++) {
    if (!free(u)) continue;
    const leaves = (g.neighbours[u] as number[]).filter((v) => deg(v) === 1 && free(v));
    if (leaves.length > 0 && deg(u) > 1) groups.push([u, ...leaves]);
  }
  return groups;
}
