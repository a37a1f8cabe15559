// The Markdown report as downloaded: a title, the compare matrix, then the sections of
// coverage/report-sections.ts, from the state at the moment of the download.
import { computeCoverage } from '../coverage/coverage.ts';
import { crossMapSummary } from '../coverage/cross-map.ts';
import { offMapClaims } from '../coverage/off-map.ts';
import { requirementsSummary } from '../coverage/priorities.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import { markdownCell } from '../coverage/report.ts';
import { reportSections } from '../coverage/report-sections.ts';
import type { ReportExtras } from '../coverage/report-sections.ts';
import { computeSeams } from '../coverage/seams.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import type { AppState } from '../store/types.ts';

interface Input {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  /** The matrix, already in Markdown. */
  readonly table: string;
  readonly requirements?: Requirements | undefined;
  readonly priorities?: StationPriorities | undefined;
  readonly state: Pick<AppState, 'maps' | 'solutions' | 'selectedSolutions'>;
}

export function markdownReport(input: Input): string {
  const { map, selected, table, priorities } = input;
  const exclude = priorities?.excluded ?? new Set<string>();
  const coverage = computeCoverage(map, selected, { exclude });
  const head = [
    `# ${markdownCell(map.title)}: coverage by ${selected.map((s) => markdownCell(s.name)).join(', ') || 'nothing selected'}`,
    '',
    `${coverage.totals.covered} full, ${coverage.totals.partial} partial, ${coverage.totals.uncovered} uncovered of ${coverage.totals.total} stations${exclude.size > 0 ? ` (${exclude.size} won't left out)` : ''}.`,
    '',
  ].join('\n');
  const sections = reportSections(evaluationExtras(input));
  return `${head}\n${table}\n${sections}`;
}

/** What the evaluation adds to a report (Markdown or HTML) at the moment of the download. */
export function evaluationExtras(input: Omit<Input, 'table'>): ReportExtras {
  const { map, selected, requirements, priorities, state } = input;
  const exclude = priorities?.excluded ?? new Set<string>();
  const coverage = computeCoverage(map, selected, { exclude });
  const summary = priorities ? requirementsSummary(priorities, coverage) : undefined;
  return {
    map,
    selected,
    ...(requirements && summary ? { requirements: { title: requirements.title, summary } } : {}),
    seams: computeSeams(map, selected, exclude),
    offMap: new Map(selected.map((s) => [s.id, offMapClaims(map, s)] as const)),
    crossMap: crossMapSummary(
      state.maps.map((m) => m.map),
      state.solutions,
      selected.map((s) => s.id),
    ),
  };
}
