// Prints the browser bench's tables (medians; the machine is shared, so expect noise).
import type { OpenParts, PanResult } from './browser-cases.ts';
import type { CompareRow } from './browser-compare.ts';

export interface CaseRow {
  readonly name: string;
  readonly runs: number;
  /** Median ms. */
  readonly ms: number;
  /** Median over runs of the longest main-thread task (0: none over 50 ms). */
  readonly longestTask: number;
  readonly worstTask: number;
  /** The target in ms, where it sets one. */
  readonly target?: number;
  /** For opened files: medians of where the time went. */
  readonly parts?: OpenParts;
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const task = (ms: number) => (ms > 0 ? num(ms) : '<50');

export function printBrowserReport(
  cases: readonly CaseRow[],
  pan: PanResult | null,
  compare: readonly CompareRow[],
): void {
  console.log('\nIn the browser (Chromium, built app; medians):\n');
  console.log(`${pad('case', 46)} ${'ms'.padStart(7)}  longest task (worst)  target`);
  for (const r of cases) {
    const verdict =
      r.target === undefined ? '' : `≤ ${r.target} ${r.ms <= r.target ? 'ok' : 'MISSED'}`;
    const tasks = `${task(r.longestTask)} (${task(r.worstTask)})`;
    console.log(`${pad(r.name, 46)} ${num(r.ms).padStart(7)}  ${pad(tasks, 20)}  ${verdict}`);
  }
  const opens = cases.filter((r) => r.parts);
  if (opens.length > 0) {
    console.log('\nWhere an open goes (medians, ms): until the worker parses · parse · until');
    console.log('the layout starts · layout (both in the worker) · geometry to the map drawn\n');
    console.log(
      `${pad('case', 46)} ${['to parse', 'parse', 'to layout', 'layout', 'to drawn'].map((h) => h.padStart(10)).join('')}`,
    );
    for (const r of opens) {
      const p = r.parts;
      if (!p) continue;
      const cells = [p.toParse, p.parse, p.toLayout, p.layout, p.toDrawn];
      console.log(`${pad(r.name, 46)} ${cells.map((x) => num(x).padStart(10)).join('')}`);
    }
  }
  if (pan) {
    console.log(
      `\nPanning the largest map with the mouse: frames median ${num(pan.frameMedian, 1)} ms,` +
        ` p95 ${num(pan.frameP95, 1)} ms, worst ${num(pan.frameWorst, 1)} ms;` +
        ` ${num(pan.msPerMove, 1)} ms per mouse move; longest task ${task(pan.longestTask)}`,
    );
  }
  console.log(
    '\nSame geometry, our renderer beside d3-tube-map (ms to the drawn frame, medians):\n',
  );
  console.log(
    `${pad('map', 22)} ${'ours'.padStart(7)} ${'theirs'.padStart(7)} ${'ratio'.padStart(6)}  elements (ours/theirs)`,
  );
  for (const r of compare) {
    const elements = `${r.oursElements}/${r.theirsElements}`;
    const dropped = r.dropped > 0 ? `  (${r.dropped} stations merged in theirs)` : '';
    console.log(
      `${pad(r.name, 22)} ${num(r.ours).padStart(7)} ${num(r.theirs).padStart(7)} ${num(r.ratio, 2).padStart(6)}  ${elements}${dropped}`,
    );
  }
  const ratios = compare.map((r) => r.ratio).sort((a, b) => a - b);
  const mid = ratios[Math.floor(ratios.length / 2)] ?? NaN;
  console.log(`\nDraw-time ratio ours/theirs: median ${num(mid, 2)} (target ≤ 1.00)`);
}
