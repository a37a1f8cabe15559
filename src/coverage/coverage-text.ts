// The one sentence that says how much of a map a selection covers. The side panel, the
// exported SVG and PNG, the presentation, the report and the announcer all say it through
// these functions, so they can never disagree on the number or the wording.
import type { CoverageCounts } from './coverage.ts';

/** Stations claimed at all (fully or partly): the headline number. */
export const servedCount = (t: CoverageCounts): number => t.covered + t.partial;

/** "22 of 30 stations covered (18 full, 4 partial)". */
export function coverageSentence(t: CoverageCounts): string {
  const station = t.total === 1 ? 'station' : 'stations';
  return `${servedCount(t)} of ${t.total} ${station} covered (${t.covered} full, ${t.partial} partial)`;
}

/** "Kubeflow + MLflow — 22 of 30 stations covered (18 full, 4 partial)". */
export function selectionSentence(names: readonly string[], t: CoverageCounts): string {
  return `${names.join(' + ')} \u2014 ${coverageSentence(t)}`;
}
