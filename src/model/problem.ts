// A problem found in a YAML source: never thrown, always returned, always located.

export type Severity = 'error' | 'warning';

export type ProblemPath = readonly (string | number)[];

export interface Problem {
  readonly severity: Severity;
  /** A sentence that names the offending id and says what would be right. */
  readonly message: string;
  /** Where in the document's data the problem sits, e.g. ["lines", 2, "stops", 4]. */
  readonly path: ProblemPath;
  /** 1-based line and column in the source text. */
  readonly line: number;
  readonly column: number;
  /**
   * A consequence of the nearest problem before it that is not one (its root cause): fixing
   * that one makes this one go away. Shown folded under the root cause.
   */
  readonly cascade?: true;
}

/** Where a problem sits: a data path and its line and column (the text's start by default). */
export interface ProblemPlace {
  readonly path?: ProblemPath;
  readonly line?: number;
  readonly column?: number;
}

/** The one way to make a Problem: `problem(message, { path, ...locate(path) })`. */
export const problem = (
  message: string,
  place: ProblemPlace = {},
  severity: Severity = 'error',
): Problem => ({
  severity,
  message,
  path: place.path ?? [],
  line: place.line ?? 1,
  column: place.column ?? 1,
});

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/** "message (line 14, column 9)" — the form used in the problems panel and on the CLI. */
export function formatProblem(problem: Problem): string {
  return `${problem.message} (line ${problem.line}, column ${problem.column})`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
