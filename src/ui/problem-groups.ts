// The problems panel's shape: each root cause with the problems that follow from it, and a
// header that counts exactly what is listed, errors and warnings apart. Pure.
import type { Problem } from '../model/problem.ts';

export interface ProblemGroup {
  readonly root: Problem;
  /** Problems caused by the root (`cascade`), folded under it. */
  readonly consequences: readonly Problem[];
}

/** Every problem once, in order: a cascade joins the nearest root cause before it. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups: { root: Problem; consequences: Problem[] }[] = [];
  for (const p of problems) {
    const last = groups[groups.length - 1];
    if (p.cascade && last) last.consequences.push(p);
    else groups.push({ root: p, consequences: [] });
  }
  return groups;
}

const counted = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export interface ProblemCount {
  readonly errors: number;
  readonly warnings: number;
  /** "4 errors, 1 warning"; "1 warning"; "no problems". */
  readonly text: string;
}

export function countProblems(problems: readonly Problem[]): ProblemCount {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [
    ...(errors > 0 ? [counted(errors, 'error')] : []),
    ...(warnings > 0 ? [counted(warnings, 'warning')] : []),
  ];
  return { errors, warnings, text: parts.length > 0 ? parts.join(', ') : 'no problems' };
}

/** "…caused by it: 49 errors"; the summary line of a folded cascade. */
export function cascadeText(consequences: readonly Problem[]): string {
  return `${countProblems(consequences).text} caused by this one`;
}
