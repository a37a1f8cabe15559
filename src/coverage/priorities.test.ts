import { describe, expect, it } from 'vitest';
import type { Requirements } from '../model/schema.ts';
import { computeCoverage } from './coverage.ts';
import { byPriority, requirementsSummary, stationPriorities } from './priorities.ts';
import { smallestStack } from './stack.ts';
import { partial, plainMap, smallMap, solution } from './test-fixtures.ts';

const requirements = (
  needs: Requirements['needs'],
  fallback: Requirements['default'] = 'should',
): Requirements => ({
  kind: 'requirements',
  id: 'r',
  map: 'm',
  title: 'R',
  default: fallback,
  needs,
});

describe('priorities', () => {
  const set = requirements(
    [
      { station: 's3', priority: 'must', note: ' p99 < 50 ms ' },
      { station: 's4', priority: 'must' },
      { station: 's5', priority: 'wont' },
    ],
    'could',
  );

  it('give every station its listed priority or the default', () => {
    const p = stationPriorities(smallMap, set);
    expect([...p.byStation]).toEqual([
      ['s1', 'could'],
      ['s2', 'could'],
      ['s3', 'must'],
      ['s4', 'must'],
      ['s5', 'wont'],
    ]);
    expect([...p.excluded]).toEqual(['s5']);
    expect([...p.notes]).toEqual([['s3', 'p99 < 50 ms']]);
  });

  it('count a must only when a selected tool covers it fully; blocking musts in map order', () => {
    const p = stationPriorities(smallMap, set);
    const coverage = computeCoverage(smallMap, [solution('x', ['s1', partial('s3'), 's5'])], {
      exclude: p.excluded,
    });
    const summary = requirementsSummary(p, coverage);
    expect(summary).toEqual({
      mustTotal: 2,
      mustCovered: 0,
      blocking: ['s3', 's4'],
      counts: [
        { priority: 'must', total: 2, covered: 0, partial: 1 },
        { priority: 'should', total: 0, covered: 0, partial: 0 },
        { priority: 'could', total: 2, covered: 1, partial: 0 },
      ],
    });
    expect(requirementsSummary(p, undefined).blocking).toEqual(['s3', 's4']);
  });

  it('leave wont stations out of every score', () => {
    const p = stationPriorities(smallMap, set);
    const coverage = computeCoverage(smallMap, [solution('x', ['s5'])], { exclude: p.excluded });
    expect(coverage.totals).toEqual({ covered: 0, partial: 0, uncovered: 4, total: 4 });
    expect(coverage.gaps).toEqual(['s1', 's2', 's3', 's4']);
    expect(coverage.lines.map((l) => [l.id, l.total])).toEqual([
      ['loop', 3],
      ['fork', 2],
    ]);
    expect(coverage.byStation.get('s5')?.state).toBe('covered');
  });

  it('order station ids must first, wont last, map order within', () => {
    const p = stationPriorities(smallMap, set);
    expect(byPriority(['s5', 's1', 's4', 's2', 's3'], p)).toEqual(['s4', 's3', 's1', 's2', 's5']);
    expect(byPriority(['s2', 's1'], undefined)).toEqual(['s2', 's1']);
  });
});

describe('the must-first stack', () => {
  it('leaves wont stations out, so a tool needed only for them is not taken', () => {
    const map = plainMap(4);
    const main = solution('main', ['p1', 'p2', 'p3']);
    const extra = solution('extra', ['p4']);
    expect(smallestStack(map, [main, extra]).solutionIds).toEqual(['main', 'extra']);
    const p = stationPriorities(map, requirements([{ station: 'p4', priority: 'wont' }]));
    const stack = smallestStack(map, [main, extra], { exclude: p.excluded });
    expect(stack).toMatchObject({ solutionIds: ['main'], covered: 3, uncovered: 0 });
  });

  it('names the musts no tool covers fully, even where one covers them partially', () => {
    const map = plainMap(4);
    const p = stationPriorities(
      map,
      requirements([
        { station: 'p1', priority: 'must' },
        { station: 'p3', priority: 'must' },
        { station: 'p4', priority: 'must' },
      ]),
    );
    const musts = new Set([...p.byStation].filter(([, v]) => v === 'must').map(([id]) => id));
    const pool = [solution('a', ['p1', 'p2', partial('p3')])];
    const stack = smallestStack(map, pool, { exclude: p.excluded, musts });
    expect(stack.solutionIds).toEqual(['a']);
    expect(stack.uncoverableMusts).toEqual(['p3', 'p4']);
  });
});
