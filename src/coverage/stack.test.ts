import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Solution } from '../model/schema.ts';
import { computeCoverage } from './coverage.ts';
import { LEVEL_VALUE } from './claims.ts';
import { computeSeams } from './seams.ts';
import { smallestStack } from './stack.ts';
import { partial, plainMap, randomSolutions, range, solution } from './test-fixtures.ts';

// Rows r1 = p1…p7 and r2 = p8…p14 cover everything with two solutions; the "columns" c1, c2, c3
// are each larger than a row when greedy looks at them, so greedy takes all three.
const rowsAndColumns = [
  solution('c1', [...range(1, 4), ...range(8, 11)]),
  solution('c2', [...range(5, 6), ...range(12, 13)]),
  solution('c3', ['p7', 'p14']),
  solution('r1', range(1, 7)),
  solution('r2', range(8, 14)),
];

describe('smallestStack', () => {
  it('finds the two rows where greedy would take three columns', () => {
    const map = plainMap(14);
    expect(smallestStack(map, rowsAndColumns)).toEqual({
      solutionIds: ['r1', 'r2'],
      score: 14,
      maxScore: 14,
      covered: 14,
      partial: 0,
      uncovered: 0,
      exact: true,
      openSeams: 1,
      bridgedSeams: 0,
      uncoverableMusts: [],
    });
    const greedy = smallestStack(map, rowsAndColumns, { exactLimit: 0 });
    expect(greedy.solutionIds).toEqual(['c1', 'c2', 'c3']);
    expect(greedy.exact).toBe(false);
    expect(greedy.score).toBe(14);
    expect(greedy.bound?.minSolutions).toBe(2);
    expect(greedy.bound?.ratio).toBeCloseTo(
      1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8,
    );
  });

  it('breaks ties between stacks of the same size by open seams, then solution order', () => {
    const map = plainMap(4);
    const a = solution('a', ['p1', 'p2']);
    const b = solution('b', ['p3', 'p4']);
    const c = solution('c', ['p1', 'p3']);
    const d = solution('d', ['p2', 'p4']);
    // {a, b} hands over once (p2~p3), {c, d} at every connection: {a, b} wins wherever it is.
    expect(smallestStack(map, [a, b, c, d])).toMatchObject({
      solutionIds: ['a', 'b'],
      openSeams: 1,
    });
    expect(smallestStack(map, [c, d, a, b]).solutionIds).toEqual(['a', 'b']);
    expect(smallestStack(map, [a, c, d, b]).solutionIds).toEqual(['a', 'b']);
    // An integration between c and d bridges all three seams: now both have no open seam,
    // and the first in pool order wins.
    const cd = { ...c, integrations: [{ with: 'd' }] };
    expect(smallestStack(map, [cd, d, a, b])).toMatchObject({
      solutionIds: ['c', 'd'],
      openSeams: 0,
      bridgedSeams: 3,
    });
    const twin = solution('twin', ['p1', 'p2', 'p3', 'p4']);
    const other = solution('other', ['p1', 'p2', 'p3', 'p4']);
    expect(smallestStack(map, [twin, other]).solutionIds).toEqual(['twin']);
    expect(smallestStack(map, [other, twin]).solutionIds).toEqual(['other']);
  });

  it('weighs full above partial, and partial above nothing', () => {
    const map = plainMap(5);
    const everything = solution(
      'everything',
      range(1, 4).map((id) => partial(id)),
    );
    const left = solution('left', ['p1', 'p2']);
    const right = solution('right', ['p3', partial('p4')]);
    const result = smallestStack(map, [everything, left, right]);
    // p4 is at best partial; p5 nobody claims.
    expect(result).toEqual({
      solutionIds: ['left', 'right'],
      score: 3.5,
      maxScore: 5,
      covered: 3,
      partial: 1,
      uncovered: 1,
      exact: true,
      openSeams: 1,
      bridgedSeams: 0,
      uncoverableMusts: [],
    });
  });

  it('returns an empty stack for no solutions or no claims, and ignores unknown stations', () => {
    const map = plainMap(3);
    expect(smallestStack(map, [])).toEqual({
      solutionIds: [],
      score: 0,
      maxScore: 3,
      covered: 0,
      partial: 0,
      uncovered: 3,
      exact: true,
      openSeams: 0,
      bridgedSeams: 0,
      uncoverableMusts: [],
    });
    const ghost = solution('ghost', ['nowhere']);
    const real = solution('real', ['p2', 'elsewhere']);
    expect(smallestStack(map, [ghost]).solutionIds).toEqual([]);
    expect(smallestStack(map, [ghost, real]).solutionIds).toEqual(['real']);
  });

  it('is exact up to 25 solutions and greedy with a bound above', () => {
    const map = plainMap(26);
    const singles = Array.from({ length: 26 }, (_, i) => solution(`s${i + 1}`, [`p${i + 1}`]));
    const exact = smallestStack(map, singles.slice(0, 25));
    expect(exact.exact).toBe(true);
    expect(exact.bound).toBeUndefined();
    expect(exact.solutionIds).toHaveLength(25);
    const greedy = smallestStack(map, singles);
    expect(greedy.exact).toBe(false);
    expect(greedy.solutionIds).toEqual(singles.map((s) => s.id));
    expect(greedy.bound).toEqual({ minSolutions: 26, ratio: 1 });
    expect(smallestStack(map, singles, { exactLimit: 26 }).exact).toBe(true);
  });

  // Timing lives in the benchmark; here, 15 and 25 solutions must be solved exactly.
  it('solves 15 and 25 solutions exactly', () => {
    for (const [count, seed] of [
      [15, 1],
      [25, 2],
      [25, 3],
    ] as const) {
      const map = plainMap(40);
      const pool = randomSolutions(map, count, 0.2, seed);
      const result = smallestStack(map, pool);
      expect(result.exact).toBe(true);
      expect(result.score).toBe(scoreOf(map, pool));
    }
  });

  it('agrees with brute force on random small cases, and greedy keeps its bound', () => {
    const claims = fc.array(
      fc.record({
        station: fc.integer({ min: 1, max: 8 }),
        level: fc.constantFrom('full', 'partial'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.array(claims, { maxLength: 8 }), (pools) => {
        const map = plainMap(8);
        const pool = pools.map((list, j) =>
          solution(
            `x${j}`,
            list.map(({ station, level }) => ({ station: `p${station}`, level })),
          ),
        );
        const expected = bruteForce(map, pool);
        const exact = smallestStack(map, pool);
        expect(exact.solutionIds).toEqual(expected);
        expect(exact.score).toBe(scoreOf(map, pool));
        const greedy = smallestStack(map, pool, { exactLimit: 0 });
        expect(greedy.score).toBe(exact.score);
        if (pool.length === 0) return;
        const bound = greedy.bound ?? { minSolutions: NaN, ratio: NaN };
        expect(bound.minSolutions).toBeLessThanOrEqual(expected.length);
        expect(greedy.solutionIds.length).toBeLessThanOrEqual(bound.ratio * expected.length + 1e-9);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

function scoreOf(map: ReturnType<typeof plainMap>, pool: readonly Solution[]): number {
  return computeCoverage(map, pool).stations.reduce(
    (sum, station) => sum + Math.max(0, ...station.by.map((by) => LEVEL_VALUE[by.level])),
    0,
  );
}

/**
 * Every subset, smallest first and in order within a size: of those reaching the best score
 * with the fewest solutions, the first with the fewest open seams.
 */
function bruteForce(map: ReturnType<typeof plainMap>, pool: readonly Solution[]): string[] {
  const best = scoreOf(map, pool);
  const subsets: Solution[][] = [];
  for (let mask = 0; mask < 2 ** pool.length; mask += 1) {
    subsets.push(pool.filter((_, j) => (mask >> j) & 1));
  }
  const key = (subset: readonly Solution[]): number[] => subset.map((s) => pool.indexOf(s));
  subsets.sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    const [ka, kb] = [key(a), key(b)];
    const at = ka.findIndex((value, i) => value !== kb[i]);
    return at < 0 ? 0 : (ka[at] ?? 0) - (kb[at] ?? 0);
  });
  const reaching = subsets.filter((subset) => scoreOf(map, subset) === best);
  const size = reaching[0]?.length ?? 0;
  const smallest = reaching.filter((subset) => subset.length === size);
  const seams = smallest.map((subset) => computeSeams(map, subset).open);
  const fewest = Math.min(...seams);
  const answer = smallest[seams.indexOf(fewest)] ?? [];
  return answer.map((s) => s.id);
}
