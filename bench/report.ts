// Prints the bench's rows as a readable table, with the targets beside the numbers.
import type { QualityReport } from '../src/layout/measure/quality.ts';
import type { OctiReference } from './octi-reference.ts';
import {
  MAX_LABEL_OVERLAP_SHARE,
  OCTI_BENDS_FACTOR,
  TIME_BUDGETS,
  timeBudget,
  type OctiVerdict,
  type Verdict,
} from './targets.ts';

export interface Measured {
  readonly ms: number;
  readonly runs: number;
  readonly quality: QualityReport;
}

export interface Row {
  readonly name: string;
  readonly kind: string;
  readonly stations: number;
  readonly lines: number;
  readonly layout: Measured;
  readonly baseline: Measured;
  readonly verdict: Verdict;
  /** LOOM's octi on the same network (issue 20), when bench/octi-reference.ts has it. */
  readonly octi?: { readonly reference: OctiReference; readonly verdict: OctiVerdict };
}

const mark = (ok: boolean | undefined): string => (ok === undefined ? ' ' : ok ? '✓' : '✗');
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function cells(row: Row, engine: 'layout' | 'baseline'): string[] {
  const { ms, runs, quality: q } = row[engine];
  const v = row.verdict;
  const own = engine === 'layout';
  const budget = timeBudget(row.stations);
  const affected = q.labelOverlaps.labelsAffected;
  return [
    own ? row.name : '',
    own ? String(row.stations) : '',
    own ? String(row.lines) : '',
    engine,
    `${ms.toFixed(ms < 10 ? 1 : 0)}${runs === 1 ? '¹' : ''}${own ? ` ${mark(v.time)}` : ''}`,
    own && budget !== undefined ? `≤ ${budget}` : '',
    `${pct(q.octilinearity)}${own ? ` ${mark(v.octilinear)}` : ''}`,
    `${q.crossings}${own ? ` ${mark(v.crossings)}` : ''}`,
    `${affected} (${pct(affected / Math.max(1, q.counts.labels))})${own ? ` ${mark(v.labels)}` : ''}`,
    `${q.labelOverlaps.labelLabel}/${q.labelOverlaps.labelStation}/${q.labelOverlaps.labelLine}`,
    `${q.labelAttribution.ambiguous}/${q.labelAttribution.leaders}/${q.labelAttribution.leaderCrossings}`,
    `${q.bends.total} (${q.bends.maxPerLine})`,
    q.edgeLength.spread.toFixed(2),
    `${q.stacked.pairs}${own ? ` ${mark(v.stacked)}` : ''}`,
    `${q.minClearance === null ? '–' : q.minClearance.toFixed(2)}/${q.tooClosePairs}`,
  ];
}

const HEAD = [
  'map',
  'stations',
  'lines',
  'engine',
  'time ms',
  'target',
  'octilinear',
  'crossings',
  'labels overlapping',
  'lab/stn/line',
  'amb/lead/x',
  'bends (max/line)',
  'edge spread',
  'stacked',
  'clearance/<1',
];

export function printTable(rows: readonly Row[]): void {
  const body = rows.flatMap((r) => [cells(r, 'layout'), cells(r, 'baseline')]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => (c[i] ?? '').length)));
  const line = (cs: readonly string[]): string =>
    cs.map((c, i) => (i < 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(HEAD));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  body.forEach((c, i) => {
    console.log(line(c));
    if (i % 2 === 1 && i < body.length - 1) console.log('');
  });
  const budgets = TIME_BUDGETS.map((b) => `≤ ${b.stations} stations: ${b.ms} ms`).join(', ');
  console.log(`
Targets (✓ met, ✗ missed; marked on the layout's rows):
  time: median of the timed runs after one warm-up; ${budgets}  (¹ = a single timed run: asked for, or the warm-up took over 5 s)
  octilinear: 100% of drawn segments at a multiple of 45°
  crossings: fewer than the d3-force baseline on every map (pairs of lines crossing away from stations)
  labels overlapping: labels touching another label, another station or a line; ≤ ${pct(MAX_LABEL_OVERLAP_SHARE)} of labels at ~200 stations (judged on 150–250)
  stacked: segment pairs of different lines drawn on top of each other; must be 0
  lab/stn/line: label–label, label–station and label–line overlap counts
  amb/lead/x: labels nearer another station's marker than their own / labels on a leader / leaders crossing a line or a marker
  edge spread: std / mean of station-to-station drawn lengths; clearance: min station distance in grid units / pairs closer than 1`);
  const missed = rows.filter((r) => Object.values(r.verdict).includes(false)).map((r) => r.name);
  console.log(
    missed.length === 0 ? '\nAll targets met.' : `\nTargets missed on: ${missed.join(', ')}`,
  );
}

const OCTI_HEAD = [
  'map',
  'stations',
  'octi stations',
  'time ms',
  'octi ms',
  'crossings',
  'octi',
  'bends/edge',
  'octi',
  'edge spread',
];

/** Our layout beside LOOM's octi on the real networks that have a reference (issue 20). */
export function printOctiTable(rows: readonly Row[]): void {
  const judged = rows.flatMap((r) => (r.octi === undefined ? [] : [{ row: r, octi: r.octi }]));
  if (judged.length === 0) return;
  const body = judged.map(({ row, octi }) => {
    const q = row.layout.quality;
    const ref = octi.reference;
    const { ms, runs } = row.layout;
    return [
      row.name,
      String(row.stations),
      String(ref.stations),
      `${ms.toFixed(0)}${runs === 1 ? '¹' : ''}`,
      String(ref.ms),
      `${q.crossings} ${mark(octi.verdict.crossings)}`,
      String(ref.crossings),
      `${q.bends.meanPerEdge.toFixed(2)} ${mark(octi.verdict.bendsPerEdge)}`,
      ref.bendsPerEdge.toFixed(2),
      q.edgeLength.spread.toFixed(2),
    ];
  });
  const widths = OCTI_HEAD.map((h, i) =>
    Math.max(h.length, ...body.map((c) => (c[i] ?? '').length)),
  );
  const line = (cs: readonly string[]): string =>
    cs.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log("\nBeside LOOM's octi (issue 20)");
  console.log(line(OCTI_HEAD));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const c of body) console.log(line(c));
  console.log(`
Targets (✓ met, ✗ missed; not yet part of the targets above): crossings ≤ octi's; bends per
  edge (bends strictly between two consecutive stops of a line, averaged) ≤ ${OCTI_BENDS_FACTOR} × octi's.
  octi's figures: bench/octi-reference.ts, measured with our measureQuality on other conversions
  of the same networks (octi stations: the size of that conversion).`);
  const missed = judged
    .filter(({ octi }) => Object.values(octi.verdict).includes(false))
    .map(({ row }) => row.name);
  console.log(
    missed.length === 0
      ? '\nAll octi targets met.'
      : `\nOcti targets missed on: ${missed.join(', ')}`,
  );
}
