// The evaluation report as one self-contained HTML page: the map and overlay as inline SVG,
// the coverage summary, any further sections (requirements, seams…), the compare matrix with
// each claim's note and source, the date and the app's version. No script, no link to
// anything outside the file: a policy in the page itself forbids loading or running anything.
import type { Coverage, CoverageCounts, GroupCoverage } from '../coverage/coverage.ts';
import type { CompareMatrix, MatrixLevel } from '../coverage/report.ts';
import { escapeHtml as e } from './html-escape.ts';
import { REPORT_CSS } from './report-style.ts';

/** A plain-text table; every cell is escaped. */
export interface ReportTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A section between the summary and the matrix, all plain text: requirements, seams, off-map
 * claims… whatever the evaluation provides. `id` becomes the section's `data-section`.
 */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly paragraphs?: readonly string[];
  readonly table?: ReportTable;
}

export interface ReportSolution {
  readonly id: string;
  readonly name: string;
  /** The tool's documentation, shown as text (the page links to nothing). */
  readonly url?: string;
  /** When the claims were last checked (ISO date), where the file says. */
  readonly checked?: string;
}

/** A claim's source, per solution and station, where the solution file gives one. */
export type ClaimSources = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface ReportInput {
  readonly title: string;
  /** The standalone SVG of the view (exportSvg's output, through the safety pass). */
  readonly svg: string;
  readonly solutions: readonly ReportSolution[];
  readonly coverage: Coverage;
  readonly matrix: CompareMatrix;
  /** Sources of claims (solution id -> station id -> https link). */
  readonly sources?: ClaimSources;
  readonly sections?: readonly ReportSection[];
  /** The date the report was made, ISO (YYYY-MM-DD). */
  readonly date: string;
  readonly appVersion: string;
}

/** The page's own policy: nothing may load or run; only the inline style applies. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const served = (c: CoverageCounts) => c.covered + c.partial;
const SYMBOL: Readonly<Record<MatrixLevel, string>> = { full: '●', partial: '◐', none: '–' };

function table(t: ReportTable, testId?: string): string {
  const head = t.head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`);
  const attr = testId ? ` data-testid="${e(testId)}"` : '';
  return `<table${attr}><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function groupRows(groups: readonly GroupCoverage[]): string[][] {
  return groups.map((g) => [
    g.label,
    `${served(g)} of ${g.total}`,
    String(g.covered),
    String(g.partial),
  ]);
}

function summary(input: ReportInput): string {
  const { totals, gaps } = input.coverage;
  const labels = new Map(input.matrix.rows.map((r) => [r.stationId, r.label] as const));
  const gapList = gaps.map((id) => `<li>${e(labels.get(id) ?? id)}</li>`).join('');
  const head = ['', 'Stations served', 'Full', 'Partial'];
  return [
    `<section data-section="summary"><h2>Coverage</h2>`,
    `<p class="totals" data-testid="coverage-summary" data-covered="${totals.covered}" data-partial="${totals.partial}" data-total="${totals.total}">`,
    `<strong>${served(totals)} of ${totals.total} stations covered</strong>: `,
    `${totals.covered} full · ${totals.partial} partial · ${totals.uncovered} uncovered`,
    input.coverage.overlaps.length > 0 ? ` · ${input.coverage.overlaps.length} overlaps` : '',
    `</p>`,
    `<h3>Gaps (${gaps.length})</h3>`,
    gaps.length === 0 ? '<p>Every station is covered.</p>' : `<ul class="gaps">${gapList}</ul>`,
    `<div class="groups"><div><h3>By zone</h3>${table({ head, rows: groupRows(input.coverage.zones) })}</div>`,
    `<div><h3>By line</h3>${table({ head, rows: groupRows(input.coverage.lines) })}</div></div>`,
    `</section>`,
  ].join('');
}

function section(s: ReportSection): string {
  const paragraphs = (s.paragraphs ?? []).map((p) => `<p>${e(p)}</p>`).join('');
  return `<section data-section="${e(s.id)}"><h2>${e(s.title)}</h2>${paragraphs}${s.table ? table(s.table) : ''}</section>`;
}

function matrix(input: ReportInput): string {
  const { matrix: m, sources } = input;
  const head = m.solutions.map((s) => `<th scope="col">${e(s.name)}</th>`).join('');
  const body = m.groups.map((group) => {
    const rows = group.rows.map((row) => {
      const cells = row.cells.map((cell) => {
        const source = sources?.get(cell.solutionId)?.get(row.stationId);
        const note = cell.note ? `<span class="note">${e(cell.note)}</span>` : '';
        const src = source ? `<span class="source">source: ${e(source)}</span>` : '';
        return `<td class="level-${cell.level}" data-level="${cell.level}"><span class="mark">${SYMBOL[cell.level]}</span> ${e(cell.level === 'none' ? '' : cell.level)}${note}${src}</td>`;
      });
      return `<tr data-station-id="${e(row.stationId)}"><th scope="row">${e(row.label)}</th>${cells.join('')}</tr>`;
    });
    const span = m.solutions.length + 1;
    return `<tbody><tr class="zone"><th colspan="${span}" scope="rowgroup">${e(group.label)}</th></tr>${rows.join('')}</tbody>`;
  });
  return [
    `<section data-section="matrix"><h2>Compare</h2>`,
    `<p>● full · ◐ partial · – none, as each tool's own documentation claims it.</p>`,
    `<table class="matrix" data-testid="compare-matrix"><thead><tr><th scope="col">Station</th>${head}</tr></thead>${body.join('')}</table>`,
    `</section>`,
  ].join('');
}

function tools(solutions: readonly ReportSolution[]): string {
  if (solutions.length === 0) return '<p>No tool selected: the map alone.</p>';
  const items = solutions.map((s) => {
    const url = s.url ? ` — documentation: <span class="source">${e(s.url)}</span>` : '';
    const checked = s.checked ? ` (claims checked ${e(s.checked)})` : '';
    return `<li data-solution-id="${e(s.id)}"><strong>${e(s.name)}</strong>${url}${checked}</li>`;
  });
  return `<ul class="tools">${items.join('')}</ul>`;
}

/** Drops the XML declaration: the SVG goes inline into the HTML page. */
const inlineSvg = (svg: string) => svg.replace(/^<\?xml[^>]*\?>\s*/, '');

export function buildReportHtml(input: ReportInput): string {
  const names = input.solutions.map((s) => s.name).join(', ');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(REPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(input.title)}${names ? ` — ${e(names)}` : ''}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${e(input.title)}</h1>`,
    `<p class="meta">Evaluation report of <time datetime="${e(input.date)}">${e(input.date)}</time>, made with the MLOps transit map ${e(input.appVersion)}.</p>`,
    `${tools(input.solutions)}</header>`,
    `<figure class="map">${inlineSvg(input.svg)}</figure>`,
    summary(input),
    ...(input.sections ?? []).map(section),
    input.solutions.length > 0 ? matrix(input) : '',
    '</body></html>',
    '',
  ].join('\n');
}
