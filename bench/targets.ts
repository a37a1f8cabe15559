// The layout's targets (the README's "Performance" and "How the layout works" sections), and
// the check of one measured row against them.
import type { QualityReport } from '../src/layout/measure/quality.ts';
import type { OctiReference } from './octi-reference.ts';

/** Layout time budgets by map size: up to `stations`, at most `ms`. */
export const TIME_BUDGETS: readonly { stations: number; ms: number }[] = [
  { stations: 100, ms: 100 },
  { stations: 200, ms: 300 },
  { stations: 1000, ms: 3000 },
];

/** Label overlaps allowed, as a share of labels, on maps of about 200 stations. */
export const MAX_LABEL_OVERLAP_SHARE = 0.01;

export function timeBudget(stations: number): number | undefined {
  return TIME_BUDGETS.find((b) => stations <= b.stations)?.ms;
}

export interface Verdict {
  readonly time: boolean | undefined;
  readonly octilinear: boolean;
  /** Only judged on maps of 150–250 stations (the target names 200). */
  readonly labels: boolean | undefined;
  readonly crossings: boolean;
  readonly stacked: boolean;
}

export function judge(ms: number, layout: QualityReport, baseline: QualityReport): Verdict {
  const n = layout.counts.stations;
  const budget = timeBudget(n);
  const share = layout.labelOverlaps.labelsAffected / Math.max(1, layout.counts.labels);
  return {
    time: budget === undefined ? undefined : ms <= budget,
    octilinear: layout.octilinearity === 1,
    labels: n >= 150 && n <= 250 ? share <= MAX_LABEL_OVERLAP_SHARE : undefined,
    crossings: layout.crossings < baseline.crossings,
    stacked: layout.stacked.pairs === 0,
  };
}

/** Issue 20: on a real network, bends per edge at most this many times octi's. */
export const OCTI_BENDS_FACTOR = 1.1;

/** Issue 20's targets beside LOOM's octi: no more crossings, bends per edge ≤ 1.1 × octi's. */
export interface OctiVerdict {
  readonly crossings: boolean;
  readonly bendsPerEdge: boolean;
}

export function judgeOcti(layout: QualityReport, octi: OctiReference): OctiVerdict {
  return {
    crossings: layout.crossings <= octi.crossings,
    bendsPerEdge: layout.bends.meanPerEdge <= OCTI_BENDS_FACTOR * octi.bendsPerEdge,
  };
}
