import { useState } from 'react';
import type { MatrixRow } from '../coverage/report.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { downloadText } from './download.ts';
import { layoutInWorker } from './layout-client.ts';
import { version } from '../../package.json';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  /** Rows in the order to write them (the compare view's sort); zone order by default. */
  readonly rows?: readonly MatrixRow[];
  readonly testId?: string;
}

type Format = 'md' | 'csv' | 'html';
const FORMATS: readonly Format[] = ['md', 'csv', 'html'];

/**
 * Downloads the coverage report (stations × selected solutions) as Markdown or CSV, or the
 * one-file HTML evaluation report (map, overlay, summary, matrix) for someone without the app.
 */
export function ReportExport({ map, selected, rows, testId = 'export-report' }: Props) {
  const [format, setFormat] = useState<Format>('md');
  const save = async () => {
    // The report code loads on the first download: it is not needed to draw the page.
    const { compareMatrix, toCsv, toMarkdown } = await import('../coverage/report.ts');
    const matrix = compareMatrix(map, selected);
    const ordered = rows ?? matrix.rows;
    const stem = `${map.id}-coverage-${selected.map((s) => s.id).join('-') || 'none'}`;
    if (format === 'html') {
      const [geometry, { exportReport }, { lightTheme }] = await Promise.all([
        layoutInWorker(map),
        import('../render/export-report.ts'),
        import('../render/theme.ts'),
      ]);
      const date = new Date().toISOString().slice(0, 10);
      const report = exportReport({
        map,
        geometry,
        theme: lightTheme,
        solutions: selected,
        date,
        appVersion: version,
      });
      downloadText(`${stem}.html`, report.html, 'text/html');
      return;
    }
    if (format === 'csv') downloadText(`${stem}.csv`, toCsv(matrix, ordered), 'text/csv');
    else downloadText(`${stem}.md`, toMarkdown(matrix, ordered), 'text/markdown');
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
