import type { Problem } from '../model/problem.ts';
import { useAppStore } from '../store/store.ts';
import { cascadeText, countProblems, groupProblems } from './problem-groups.ts';
import { selectDocumentActions, selectReport } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

function Item({ p, children }: { p: Problem; children?: React.ReactNode }) {
  return (
    <li data-severity={p.severity} data-line={p.line} data-cascade={p.cascade ? 'true' : undefined}>
      <span className="where">
        line {p.line}, column {p.column}
      </span>
      <span className="severity">{p.severity}</span>
      <span className="message">{p.message}</span>
      {children}
    </li>
  );
}

/**
 * What went wrong with the last file, each problem with its line; the map stays as it was.
 * The header counts what is listed, errors and warnings apart; problems that follow from an
 * earlier one (a stray word read as the whole document) are folded under that root cause.
 */
export function ProblemsPanel() {
  const report = useAppStore(selectReport);
  const { dismissReport: dismiss } = useAppStore(useShallow(selectDocumentActions));
  if (!report) return null;
  const count = countProblems(report.problems);
  const groups = groupProblems(report.problems);
  return (
    <section
      className={`problems ${report.refused ? 'refused' : 'warned'}`}
      data-testid="problems"
      data-errors={count.errors}
      data-warnings={count.warnings}
      role={report.refused ? 'alert' : 'status'}
      aria-label="Problems"
    >
      <header>
        <h2 data-testid="problems-count">
          {report.refused
            ? `${report.source} was not loaded: ${count.text}`
            : `${report.source} loaded with ${count.text}`}
        </h2>
        <button
          type="button"
          className="button small"
          onClick={dismiss}
          aria-label="Dismiss problems"
        >
          ✕
        </button>
      </header>
      <ol>
        {groups.map(({ root, consequences }, i) => (
          <Item key={i} p={root}>
            {consequences.length > 0 && (
              <details className="cascade" data-testid="problem-cascade">
                <summary>{cascadeText(consequences)}</summary>
                <ol>
                  {consequences.map((c, j) => (
                    <Item key={j} p={c} />
                  ))}
                </ol>
              </details>
            )}
          </Item>
        ))}
      </ol>
    </section>
  );
}
