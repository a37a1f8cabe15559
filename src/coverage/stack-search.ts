// Set cover over bit sets: an exact search (branch and bound) and a greedy answer with its bound.
// Sets are indexed in tie-break order: among covers of the same size, the one whose sorted
// indices come first lexicographically wins.
import {
  andNot,
  bitIndices,
  countAnd,
  countBits,
  emptyBits,
  intersects,
  setBit,
} from './bitset.ts';
import type { Bits } from './bitset.ts';

export interface CoverInstance {
  /** Number of elements; every element lies in at least one set. */
  readonly size: number;
  readonly sets: readonly Bits[];
}

/** The most sets an exact search accepts (its set masks are 32-bit integers). */
export const EXACT_HARD_LIMIT = 31;

function allElements(instance: CoverInstance): Bits {
  const bits = emptyBits(instance.size);
  for (let e = 0; e < instance.size; e += 1) setBit(bits, e);
  return bits;
}

function candidatesOf(instance: CoverInstance): number[][] {
  const candidates: number[][] = Array.from({ length: instance.size }, () => []);
  instance.sets.forEach((set, s) => {
    for (const e of bitIndices(set)) candidates[e]?.push(s);
  });
  return candidates;
}

/**
 * Fewest further sets that could cover `need` uncovered elements: each set covers at most its
 * gain, so take the largest gains until they add up. Infinity when even all of them fall short.
 */
function gainBound(gains: readonly number[], need: number, budget = Infinity): number {
  const largest = [...gains].sort((a, b) => b - a);
  let sum = 0;
  for (let count = 0; count < largest.length && count < budget; count += 1) {
    sum += largest[count] ?? 0;
    if (sum >= need) return count + 1;
  }
  return Infinity;
}

/** Greedy set cover (largest gain first, lowest index on ties), then redundant sets dropped. */
export function greedyCover(instance: CoverInstance): number[] {
  let uncovered = allElements(instance);
  let need = instance.size;
  const picks: number[] = [];
  while (need > 0) {
    let best = -1;
    let bestGain = 0;
    instance.sets.forEach((set, s) => {
      const gain = countAnd(set, uncovered);
      if (gain > bestGain) [best, bestGain] = [s, gain];
    });
    const set = instance.sets[best];
    if (set === undefined) break; // cannot happen when every element lies in some set
    picks.push(best);
    uncovered = andNot(uncovered, set);
    need -= bestGain;
  }
  for (let i = picks.length - 1; i >= 0; i -= 1) {
    const others = picks.filter((_, j) => j !== i);
    let rest = allElements(instance);
    for (const s of others) rest = andNot(rest, instance.sets[s] ?? emptyBits(instance.size));
    if (countBits(rest) === 0) picks.splice(i, 1);
  }
  return picks.sort((a, b) => a - b);
}

/** The size of a smallest cover, below `upper` (a known cover's size) if one exists. */
function minimumCoverSize(instance: CoverInstance, upper: number): number {
  const { sets } = instance;
  const candidates = candidatesOf(instance);
  let best = upper;
  const isBanned = (banned: number, s: number): boolean => ((banned >>> s) & 1) === 1;

  const search = (uncovered: Bits, need: number, chosen: number, banned: number): void => {
    if (need === 0) {
      best = Math.min(best, chosen);
      return;
    }
    if (chosen + 1 >= best) return;
    const gains = sets.map((set, s) => (isBanned(banned, s) ? 0 : countAnd(set, uncovered)));
    if (chosen + gainBound(gains, need) >= best) return;
    // Branch on the uncovered element with the fewest sets still allowed to cover it.
    let branches: number[] | undefined;
    for (const e of bitIndices(uncovered)) {
      const allowed = (candidates[e] ?? []).filter((s) => !isBanned(banned, s));
      if (allowed.length === 0) return;
      if (branches === undefined || allowed.length < branches.length) branches = allowed;
    }
    const order = [...(branches ?? [])].sort((a, b) => (gains[b] ?? 0) - (gains[a] ?? 0) || a - b);
    let ban = banned;
    for (const s of order) {
      const set = sets[s] ?? emptyBits(instance.size);
      search(andNot(uncovered, set), need - (gains[s] ?? 0), chosen + 1, ban);
      ban |= 1 << s; // later branches leave this set out: each cover is met once
    }
  };

  search(allElements(instance), instance.size, 0, 0);
  return best;
}

/**
 * Covers of exactly `k` sets in lexicographic order (include-before-exclude search), at most
 * `limit` of them.
 */
export function coversOfSize(instance: CoverInstance, k: number, limit = 1): number[][] {
  const { sets } = instance;
  const m = sets.length;
  // deadFrom[i]: elements that no set with index >= i can cover.
  const lastSet = candidatesOf(instance).map((list) => list[list.length - 1] ?? -1);
  const deadFrom = Array.from({ length: m + 1 }, (_, i) => {
    const bits = emptyBits(instance.size);
    lastSet.forEach((last, e) => {
      if (last < i) setBit(bits, e);
    });
    return bits;
  });
  const chosen: number[] = [];
  const found: number[][] = [];

  const search = (i: number, uncovered: Bits, need: number): boolean => {
    if (need === 0) {
      found.push([...chosen]);
      return found.length >= limit;
    }
    const budget = k - chosen.length;
    if (budget === 0 || i >= m) return false;
    if (intersects(uncovered, deadFrom[i] ?? uncovered)) return false;
    const gains = sets.slice(i).map((set) => countAnd(set, uncovered));
    const gain = gains[0] ?? 0;
    if (gainBound(gains, need, budget) === Infinity) return false;
    if (gain > 0) {
      chosen.push(i);
      const set = sets[i] ?? emptyBits(instance.size);
      if (search(i + 1, andNot(uncovered, set), need - gain)) return true;
      chosen.pop();
    }
    return search(i + 1, uncovered, need);
  };

  search(0, allElements(instance), instance.size);
  return found;
}

/** The lexicographically first cover of exactly `k` sets. */
function firstCoverOfSize(instance: CoverInstance, k: number): number[] | undefined {
  return coversOfSize(instance, k, 1)[0];
}

/** A smallest cover, lexicographically first among the smallest. At most EXACT_HARD_LIMIT sets. */
export function exactCover(instance: CoverInstance): number[] {
  if (instance.sets.length > EXACT_HARD_LIMIT) {
    throw new RangeError(`exact cover takes at most ${EXACT_HARD_LIMIT} sets`);
  }
  const greedy = greedyCover(instance);
  const size = minimumCoverSize(instance, greedy.length);
  return firstCoverOfSize(instance, size) ?? greedy;
}

/**
 * Up to `limit` smallest covers, in lexicographic order (the first is exactCover's answer).
 * At most EXACT_HARD_LIMIT sets.
 */
export function smallestCovers(instance: CoverInstance, limit: number): number[][] {
  if (instance.sets.length > EXACT_HARD_LIMIT) {
    throw new RangeError(`exact cover takes at most ${EXACT_HARD_LIMIT} sets`);
  }
  const greedy = greedyCover(instance);
  const size = minimumCoverSize(instance, greedy.length);
  const covers = coversOfSize(instance, size, limit);
  return covers.length > 0 ? covers : [greedy];
}

/**
 * A proven lower bound on the size of any cover: the sets forced by elements only they cover,
 * plus, for the rest, Σ 1 / (largest remaining gain of a set holding the element).
 */
export function coverLowerBound(instance: CoverInstance): number {
  const candidates = candidatesOf(instance);
  const forced = new Set<number>();
  for (const list of candidates)
    if (list.length === 1 && list[0] !== undefined) forced.add(list[0]);
  let rest = allElements(instance);
  for (const s of forced) rest = andNot(rest, instance.sets[s] ?? emptyBits(instance.size));
  const gains = instance.sets.map((set) => countAnd(set, rest));
  let fractional = 0;
  for (const e of bitIndices(rest)) {
    const largest = Math.max(0, ...(candidates[e] ?? []).map((s) => gains[s] ?? 0));
    if (largest > 0) fractional += 1 / largest;
  }
  const need = countBits(rest);
  const byGains = need === 0 ? 0 : gainBound(gains, need);
  return forced.size + Math.max(Math.ceil(fractional - 1e-9), byGains);
}

/** Greedy set cover is at most H(d) times the smallest, d the largest set: H(d) = 1 + 1/2 + … + 1/d. */
export function greedyRatio(instance: CoverInstance): number {
  const largest = Math.max(0, ...instance.sets.map(countBits));
  let harmonic = 0;
  for (let i = 1; i <= largest; i += 1) harmonic += 1 / i;
  return harmonic;
}
