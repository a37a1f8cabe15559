// The smallest covering stack: the fewest solutions that together reach the best score the
// solutions can reach at all (score = Σ over stations of the best level, full 1, partial 0.5).
//
// Adding a solution never lowers the score, so the best score is that of all solutions together.
// Reaching it means: every station gets a solution that claims it at the best level any solution
// offers there. That is a set cover, solved exactly for small pools and greedily beyond.
import type { Solution, TransitMap } from '../model/schema.ts';
import { emptyBits, setBit } from './bitset.ts';
import { LEVEL_VALUE, resolveClaims, stationIds, uniqueSolutions } from './claims.ts';
import { computeCoverage } from './coverage.ts';
import {
  EXACT_HARD_LIMIT,
  coverLowerBound,
  greedyCover,
  greedyRatio,
  smallestCovers,
} from './stack-search.ts';
import { computeSeams } from './seams.ts';
import type { CoverInstance } from './stack-search.ts';

/** Pools up to this many solutions are solved exactly. */
export const DEFAULT_EXACT_LIMIT = 25;

/** Among the smallest stacks, at most this many are compared by their open seams. */
export const SEAM_CANDIDATES = 500;

export interface StackOptions {
  /** Largest pool solved exactly (default 25, at most 31); larger pools get the greedy answer. */
  readonly exactLimit?: number;
  /** Stations out of every score (a requirement set's `wont`): the stack ignores them. */
  readonly exclude?: ReadonlySet<string>;
  /** The must-haves: reported when no solution of the pool covers one fully. */
  readonly musts?: ReadonlySet<string>;
}

/** How far a greedy stack can be from the smallest one. */
export interface StackBound {
  /** No stack reaching the same score has fewer solutions than this (a proven lower bound). */
  readonly minSolutions: number;
  /** Greedy set cover's guarantee: at most `ratio` × the smallest stack's size (H(d)). */
  readonly ratio: number;
}

export interface StackResult {
  /** The stack, in the order the solutions were given. */
  readonly solutionIds: readonly string[];
  /** Σ over stations of the best level in the stack; always the best any stack can reach. */
  readonly score: number;
  /** The map's number of stations: the score if every station were covered fully. */
  readonly maxScore: number;
  readonly covered: number;
  readonly partial: number;
  readonly uncovered: number;
  /** True when the stack is proven smallest; false for the greedy answer (see `bound`). */
  readonly exact: boolean;
  readonly bound?: StackBound;
  /** Seams of the stack (see seams.ts): open ones, and those bridged by an integration. */
  readonly openSeams: number;
  readonly bridgedSeams: number;
  /** Musts (options.musts) that no solution of the pool covers fully, in map order. */
  readonly uncoverableMusts: readonly string[];
}

/**
 * The smallest set of `solutions` that covers the most of `map`, full weighing more than
 * partial. Ties between stacks of the same size go to the one whose members come first in
 * `solutions` (compared member by member, in that order). Solutions repeating an id count once.
 */
export function smallestStack(
  map: TransitMap,
  solutions: readonly Solution[],
  options: StackOptions = {},
): StackResult {
  const pool = uniqueSolutions(solutions);
  const exclude = options.exclude ?? new Set<string>();
  const instance = coverInstance(map, pool, exclude);
  const limit = Math.min(options.exactLimit ?? DEFAULT_EXACT_LIMIT, EXACT_HARD_LIMIT);
  const exact = pool.length <= limit;
  const stackOf = (picked: readonly number[]) => picked.flatMap((index) => pool[index] ?? []);
  let stack: Solution[] = [];
  if (instance.size > 0 && !exact) stack = stackOf(greedyCover(instance));
  else if (instance.size > 0) {
    // Every smallest stack reaches the same coverage: prefer the one with the fewest open
    // seams, then the first in pool order.
    const candidates = smallestCovers(instance, SEAM_CANDIDATES).map(stackOf);
    let fewest = Infinity;
    for (const candidate of candidates) {
      const open = computeSeams(map, candidate, exclude).open;
      if (open < fewest) [stack, fewest] = [candidate, open];
    }
  }
  const coverage = computeCoverage(map, stack, { exclude });
  const score = coverage.stations
    .filter((station) => !exclude.has(station.stationId))
    .reduce(
      (sum, station) => sum + Math.max(0, ...station.by.map((claim) => LEVEL_VALUE[claim.level])),
      0,
    );
  const seams = computeSeams(map, stack, exclude);
  const fully = new Set(
    pool.flatMap((solution) =>
      [...resolveClaims(solution)].filter(([, c]) => c.level === 'full').map(([id]) => id),
    ),
  );
  const musts = options.musts ?? new Set<string>();
  const result: StackResult = {
    solutionIds: stack.map((solution) => solution.id),
    score,
    maxScore: coverage.totals.total * LEVEL_VALUE.full,
    covered: coverage.totals.covered,
    partial: coverage.totals.partial,
    uncovered: coverage.totals.uncovered,
    exact,
    openSeams: seams.open,
    bridgedSeams: seams.bridged,
    uncoverableMusts: stationIds(map).filter(
      (id) => musts.has(id) && !exclude.has(id) && !fully.has(id),
    ),
  };
  if (exact) return result;
  return {
    ...result,
    bound: { minSolutions: coverLowerBound(instance), ratio: greedyRatio(instance) },
  };
}

/**
 * The cover problem behind a pool: elements are the stations some solution claims; a solution
 * covers a station when it claims it at the best level offered there.
 */
export function coverInstance(
  map: TransitMap,
  pool: readonly Solution[],
  exclude: ReadonlySet<string> = new Set(),
): CoverInstance {
  const ids = stationIds(map).filter((id) => !exclude.has(id));
  const claims = pool.map((solution) => resolveClaims(solution));
  const valueIn = (claimed: (typeof claims)[number], id: string): number => {
    const level = claimed.get(id)?.level;
    return level === undefined ? 0 : LEVEL_VALUE[level];
  };
  const bestValue = (id: string): number => Math.max(0, ...claims.map((c) => valueIn(c, id)));
  const elements = ids
    .map((id) => ({ id, best: bestValue(id) }))
    .filter((element) => element.best > 0);
  const sets = claims.map((claimed) => {
    const bits = emptyBits(elements.length);
    elements.forEach((element, e) => {
      if (valueIn(claimed, element.id) === element.best) setBit(bits, e);
    });
    return bits;
  });
  return { size: elements.length, sets };
}
