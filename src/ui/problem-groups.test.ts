import { describe, expect, it } from 'vitest';
import { loadText } from '../model/load.ts';
import type { Problem } from '../model/problem.ts';
import { cascadeText, countProblems, groupProblems } from './problem-groups.ts';

const p = (line: number, severity: Problem['severity'], cascade = false): Problem => ({
  severity,
  message: `m${line}`,
  path: [],
  line,
  column: 1,
  ...(cascade ? { cascade: true as const } : {}),
});

describe('problems panel shape', () => {
  it('counts errors and warnings apart, exactly the items given', () => {
    const list = [p(1, 'error'), p(2, 'error'), p(3, 'error'), p(4, 'error'), p(5, 'warning')];
    expect(countProblems(list)).toEqual({ errors: 4, warnings: 1, text: '4 errors, 1 warning' });
    expect(countProblems([p(1, 'warning')]).text).toBe('1 warning');
    expect(countProblems([]).text).toBe('no problems');
  });

  it('folds cascading problems under the root cause before them', () => {
    const groups = groupProblems([
      p(1, 'error'),
      p(8, 'error', true),
      p(9, 'error', true),
      p(20, 'warning'),
    ]);
    expect(groups.map((g) => [g.root.line, g.consequences.map((c) => c.line)])).toEqual([
      [1, [8, 9]],
      [20, []],
    ]);
    expect(cascadeText(groups[0]?.consequences ?? [])).toBe('2 errors caused by this one');
  });

  it('names a stray word at line 1 as the root cause of everything after it', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('maps/ml-system.yaml', 'utf8');
    const { problems } = loadText(`oops ${source}`);
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group?.root.line).toBe(1);
    expect(group?.root.message).toContain('"oops"');
    expect(group?.consequences.length).toBeGreaterThan(10);
    expect(group?.consequences.every((c) => c.line >= 8)).toBe(true);
  });

  it('keeps one ordinary syntax error a root of its own', () => {
    const { problems } = loadText('kind: map\nid: x\n  title: bad indent\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.cascade).toBeUndefined();
  });
});
