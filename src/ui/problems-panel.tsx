import { useAppStore } from '../store/store.ts';

/** What went wrong with the last file, each problem with its line; the map stays as it was. */
export function ProblemsPanel() {
  const report = useAppStore((s) => s.report);
  const dismiss = useAppStore((s) => s.dismissReport);
  if (!report) return null;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return (
    <section
      className={`problems ${report.refused ? 'refused' : 'warned'}`}
      data-testid="problems"
      role={report.refused ? 'alert' : 'status'}
      aria-label="Problems"
    >
      <header>
        <h2>
          {report.refused
            ? `${report.source} was not loaded: ${errors} ${errors === 1 ? 'problem' : 'problems'}`
            : `${report.source} loaded with ${report.problems.length} ${report.problems.length === 1 ? 'warning' : 'warnings'}`}
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
        {report.problems.map((p, i) => (
          <li key={i} data-severity={p.severity} data-line={p.line}>
            <span className="where">
              line {p.line}, column {p.column}
            </span>
            <span className="severity">{p.severity}</span>
            <span className="message">{p.message}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
