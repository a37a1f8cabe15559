import { useState } from 'react';
import type { MatrixRow } from '../coverage/report.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { downloadText } from './download.ts';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  /** Rows in the order to write them (the compare view's sort); zone order by default. */
  readonly rows?: readonly MatrixRow[];
  readonly testId?: string;
}

type Format = 'md' | 'csv';

/** Downloads the coverage report (stations × selected solutions) as Markdown or CSV. */
export function ReportExport({ map, selected, rows, testId = 'export-report' }: Props) {
  const [format, setFormat] = useState<Format>('md');
  const save = async () => {
    // The report code loads on the first download: it is not needed to draw the page.
    const [{ compareMatrix, toCsv, toMarkdown }, { computeCoverage }, { selectionSentence }] =
      await Promise.all([
        import('../coverage/report.ts'),
        import('../coverage/coverage.ts'),
        import('../coverage/coverage-text.ts'),
      ]);
    const matrix = compareMatrix(map, selected);
    // The Markdown opens with the panel's own sentence (a CSV stays one table for spreadsheets).
    const names = selected.map((s) => s.name);
    const heading = `${selectionSentence(names, computeCoverage(map, selected).totals)}\n\n`;
    const ordered = rows ?? matrix.rows;
    const stem = `${map.id}-coverage-${selected.map((s) => s.id).join('-') || 'none'}`;
    if (format === 'csv') downloadText(`${stem}.csv`, toCsv(matrix, ordered), 'text/csv');
    else downloadText(`${stem}.md`, heading + toMarkdown(matrix, ordered), 'text/markdown');
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
        onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'md')}
      >
        <option value="md">Markdown</option>
        <option value="csv">CSV</option>
      </select>
    </div>
  );
}
