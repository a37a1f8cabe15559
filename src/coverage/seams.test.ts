import { describe, expect, it } from 'vitest';
import { computeSeams, connections, seamKey } from './seams.ts';
import { partial, plainMap, smallMap, solution } from './test-fixtures.ts';

describe('seams', () => {
  it('name a connection by its two station ids, sorted', () => {
    expect(seamKey('s3', 's1')).toBe('s1~s3');
    expect(seamKey('s1', 's3')).toBe('s1~s3');
  });

  it('list each connection of the map once, with the lines along it', () => {
    // loop: s1-s2-s3-s1; fork: s3-s4 and s3-s5.
    expect([...connections(smallMap)]).toEqual([
      ['s1~s2', ['loop']],
      ['s2~s3', ['loop']],
      ['s1~s3', ['loop']],
      ['s3~s4', ['fork']],
      ['s3~s5', ['fork']],
    ]);
  });

  it('are where two tools meet on a line and no tool covers both ends', () => {
    const map = plainMap(4); // p1 - p2 - p3 - p4
    const left = solution('left', ['p1', 'p2']);
    const right = solution('right', ['p3', partial('p4')]);
    const report = computeSeams(map, [left, right]);
    expect(report.seams).toEqual([
      {
        key: 'p2~p3',
        a: 'p2',
        b: 'p3',
        lineIds: ['line'],
        aBy: ['left'],
        bBy: ['right'],
        bridges: [],
        bridged: false,
      },
    ]);
    expect(report.open).toBe(1);
    expect(report.bridged).toBe(0);
    expect(report.lines).toEqual([{ lineId: 'line', label: 'Line', seams: ['p2~p3'], open: 1 }]);
  });

  it('are no seam where one tool covers both ends, or where an end is uncovered', () => {
    const map = plainMap(4);
    const left = solution('left', ['p1', 'p2']);
    const both = solution('both', ['p2', 'p3']);
    expect(computeSeams(map, [left, both]).seams).toEqual([]);
    // p3 uncovered: p2~p3 is a gap, not a hand-over.
    expect(computeSeams(map, [left, solution('far', ['p4'])]).seams).toEqual([]);
    expect(computeSeams(map, []).seams).toEqual([]);
  });

  it('are bridged by an integration either tool declares', () => {
    const map = plainMap(3);
    const left = {
      ...solution('left', ['p1', 'p2']),
      integrations: [{ with: 'right', note: 'plugin', source: 'https://example.org/plugin' }],
    };
    const right = solution('right', ['p3']);
    const report = computeSeams(map, [right, left]);
    expect(report.seams).toHaveLength(1);
    expect(report.seams[0]).toMatchObject({
      key: 'p2~p3',
      bridged: true,
      bridges: [
        { from: 'left', to: 'right', note: 'plugin', source: 'https://example.org/plugin' },
      ],
    });
    expect([report.open, report.bridged]).toEqual([0, 1]);
    expect(report.lines[0]?.open).toBe(0);
    // An integration with a tool that is not selected bridges nothing.
    const other = solution('other', ['p3']);
    expect(computeSeams(map, [left, other]).seams[0]?.bridged).toBe(false);
  });

  it('are counted per line on a map with a loop and branches, wont stations left out', () => {
    const a = solution('a', ['s1', 's2']);
    const b = solution('b', ['s3', 's4', 's5']);
    const report = computeSeams(smallMap, [a, b]);
    expect(report.seams.map((s) => s.key)).toEqual(['s2~s3', 's1~s3']);
    expect(report.lines.map((l) => [l.lineId, l.seams.length])).toEqual([
      ['loop', 2],
      ['fork', 0],
    ]);
    expect(computeSeams(smallMap, [a, b], new Set(['s1'])).seams.map((s) => s.key)).toEqual([
      's2~s3',
    ]);
  });
});
