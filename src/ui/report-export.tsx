import { useState } from 'react';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { MatrixRow } from '../coverage/report.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import { downloadText } from './download.ts';
import { layoutInWorker } from '../worker/app-layout-client.ts';
import { version } from '../../package.json';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  /** Rows in the order to write them (the compare view's sort); zone order by default. */
  readonly rows?: readonly MatrixRow[];
  readonly testId?: string;
  readonly requirements?: Requirements | undefined;
  readonly priorities?: StationPriorities | undefined;
}

type Format = 'md' | 'csv' | 'html';
const FORMATS: readonly Format[] = ['md', 'csv', 'html'];

/**
 * Downloads the coverage report (stations × selected solutions) as Markdown or CSV, or the
 * one-file HTML evaluation report (map, overlay, summary, matrix) for someone without the app.
 */
export function ReportExport(props: Props) {
  const { map, selected, rows, testId = 'export-report', requirements, priorities } = props;
  const [format, setFormat] = useState<Format>('md');
  const save = async () => {
    // The report code loads on the first download: it is not needed to draw the page.
    const { compareMatrix, sortRows, toCsv, toMarkdown } = await import('../coverage/report.ts');
    const { markdownReport } = await import('./report-document.ts');
    const matrix = compareMatrix(map, selected, priorities);
    const ordered = rows ?? (priorities ? sortRows(matrix, 'priority') : matrix.rows);
    const stem = `${map.id}-coverage-${selected.map((s) => s.id).join('-') || 'none'}`;
    if (format === 'html') {
      const [geometry, { exportReport }, { lightTheme }, sections, { evaluationExtras }] =
        await Promise.all([
          layoutInWorker(map),
          import('../render/export-report.ts'),
          import('../render/theme.ts'),
          import('../formats/evaluation-sections.ts'),
          import('./report-document.ts'),
        ]);
      const date = new Date().toISOString().slice(0, 10);
      const state = useAppStore.getState();
      const extras = evaluationExtras({ map, selected, requirements, priorities, state });
      const report = exportReport({
        map,
        geometry,
        theme: lightTheme,
        solutions: selected,
        date,
        appVersion: version,
        sections: sections.evaluationSections(extras),
        sources: sections.claimSources(selected),
        ...(priorities ? { exclude: priorities.excluded } : {}),
      });
      downloadText(`${stem}.html`, report.html, 'text/html');
      return;
    }
    if (format === 'csv') downloadText(`${stem}.csv`, toCsv(matrix, ordered), 'text/csv');
    else {
      const state = useAppStore.getState();
      const table = toMarkdown(matrix, ordered);
      const text = markdownReport({ map, selected, table, requirements, priorities, state });
      // The Markdown opens with the panel's own sentence (a CSV stays one table for spreadsheets).
      const [{ computeCoverage }, { selectionSentence }] = await Promise.all([
        import('../coverage/coverage.ts'),
        import('../coverage/coverage-text.ts'),
      ]);
      const exclude = priorities?.excluded;
      const totals = computeCoverage(map, selected, exclude ? { exclude } : {}).totals;
      const heading = `${selectionSentence(
        selected.map((s) => s.name),
        totals,
      )}\n\n`;
      downloadText(`${stem}.md`, heading + text, 'text/markdown');
    }
  };
  return (
    <div className="report-export">
      <button
        type="button"
        className="button small"
        data-testid={testId}
        onClick={() => void save()}
      >
        Download report
      </button>
      <select
        aria-label="Report format"
        data-testid={`${testId}-format`}
        value={format}
        onChange={(e) => setFormat(FORMATS.find((f) => f === e.target.value) ?? 'md')}
      >
        <option value="md">Markdown</option>
        <option value="csv">CSV</option>
        <option value="html">HTML page</option>
      </select>
    </div>
  );
}
