// The evaluation report of a view: the export SVG, the coverage and the compare matrix,
// put into one HTML page by the pure builder in src/formats/report-html.ts.
import { computeCoverage } from '../coverage/coverage.ts';
import { compareMatrix } from '../coverage/report.ts';
import { buildReportHtml } from '../formats/report-html.ts';
import type { ClaimSources, ReportSection } from '../formats/report-html.ts';
import type { ExportInput } from './export-svg.tsx';
import { exportSvg } from './export-svg.tsx';

export interface ReportOptions extends ExportInput {
  readonly date: string;
  readonly appVersion: string;
  /** Further sections (requirements, seams…) from the evaluation, in order. */
  readonly sections?: readonly ReportSection[];
  /** Claim sources (solution id -> station id -> link), cited in the matrix. */
  readonly sources?: ClaimSources;
  /** Stations out of every score (a requirement set's `wont`). */
  readonly exclude?: ReadonlySet<string>;
}

export function exportReport(options: ReportOptions): { html: string; removed: readonly string[] } {
  const { map, solutions, date, appVersion, sections, sources, exclude } = options;
  const { svg, removed } = exportSvg(options);
  const html = buildReportHtml({
    title: map.title,
    svg,
    solutions: solutions.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.url ? { url: s.url } : {}),
      ...(s.checked ? { checked: s.checked } : {}),
    })),
    coverage: computeCoverage(map, solutions, exclude ? { exclude } : {}),
    ...(sources ? { sources } : {}),
    matrix: compareMatrix(map, solutions),
    ...(sections ? { sections } : {}),
    date,
    appVersion,
  });
  return { html, removed };
}
