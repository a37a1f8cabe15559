// Browser benchmark: the built app in Chromium, timed the way a user meets it, and our
// renderer beside d3-tube-map. Run after the layout bench by `npm run bench`, or alone:
//   npx tsx bench/browser-bench.ts [--runs=N] [--port=4195] [--sizes=100,200,500,1000] (--sizes= for none)
//     [--late=100,200]   sizes also opened 4 s after load (the worker's warm-up done)
// Prints medians and adds a `browser` section to bench/results.json (gitignored).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import {
  editorKeystrokes,
  firstDraw,
  firstUse,
  openAppPage,
  openGenerated,
  openWithSolutions,
  overlayToggles,
  panSmoothness,
} from './browser-cases.ts';
import type { OpenParts, PanResult, Sample } from './browser-cases.ts';
import { compareRenderers, median } from './browser-compare.ts';
import type { CompareRow } from './browser-compare.ts';
import { defaultMap, generatedMap } from './browser-maps.ts';
import { printBrowserReport } from './browser-report.ts';
import type { CaseRow } from './browser-report.ts';
import { buildAndServe } from './browser-servers.ts';

const flag = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'];

function row(name: string, samples: readonly Sample[], target?: number): CaseRow {
  const parts = samples.flatMap((s) => (s.parts ? [s.parts] : []));
  const part = (k: keyof OpenParts) => median(parts.map((p) => p[k]));
  return {
    name,
    runs: samples.length,
    ms: median(samples.map((s) => s.ms)),
    longestTask: median(samples.map((s) => s.longestTask)),
    worstTask: Math.max(0, ...samples.map((s) => s.longestTask)),
    ...(target === undefined ? {} : { target }),
    ...(parts.length === samples.length && {
      parts: {
        toParse: part('toParse'),
        parse: part('parse'),
        toLayout: part('toLayout'),
        layout: part('layout'),
        toDrawn: part('toDrawn'),
      },
    }),
  };
}

/** How long after load the "late" opens wait: the worker's warm-up is over by then. */
const LATE_MS = 4000;

async function repeat(runs: number, run: () => Promise<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await run());
  return samples;
}

async function measureApp(
  browser: Browser,
  url: string,
  runs: number,
  sizes: number[],
  late: number[],
) {
  const cases: CaseRow[] = [];
  let pan: PanResult | null = null;
  const log = (r: CaseRow) => {
    cases.push(r);
    console.log(`  ${r.name}: ${r.ms.toFixed(0)} ms (longest task ${r.longestTask.toFixed(0)})`);
  };
  log(
    row(
      'default map drawn after navigation',
      await repeat(runs, () => firstDraw(browser, url)),
      600,
    ),
  );
  log(
    row(
      'default map in use (first overlay drawn) after navigation',
      await repeat(runs, () => firstUse(browser, url)),
      1000,
    ),
  );
  for (const n of sizes) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const { sample, page } = await openGenerated(browser, url, n);
      samples.push(sample);
      if (n === Math.max(...sizes) && i === runs - 1) pan = await panSmoothness(page);
      await page.context().close();
    }
    log(row(`open a generated ${n}-station map`, samples, n === 200 ? 800 : undefined));
  }
  for (const n of late) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      const { sample, page } = await openGenerated(browser, url, n, LATE_MS);
      samples.push(sample);
      await page.context().close();
    }
    log(row(`open a generated ${n}-station map, 4 s after load`, samples));
  }
  const page = await openAppPage(browser, url);
  log(row('overlay toggle, default map', await overlayToggles(page, runs), 50));
  const editor = await editorKeystrokes(page, runs);
  if (editor) log(row('editor keystroke to updated map', editor, 100));
  else console.log('  editor keystroke: not measurable yet (no [data-testid=edit-yaml])');
  await page.context().close();
  const overlay = await openWithSolutions(browser, url, 200, 5);
  log(row('overlay toggle, 200-station map, 5 solutions', await overlayToggles(overlay, runs), 50));
  await overlay.context().close();
  return { cases, pan, editorMeasured: editor !== null };
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(flag('runs') ?? 3));
  const port = Number(flag('port') ?? 4195);
  const sizes = (flag('sizes') ?? '100,200,500,1000').split(',').filter(Boolean).map(Number);
  const late = (flag('late') ?? '100,200').split(',').filter(Boolean).map(Number);
  // Playwright's pipe does not keep Node alive: without this, a page that never answers
  // would end the bench silently instead of failing it.
  const keepAlive = setInterval(() => undefined, 60_000);
  console.log(`Browser bench: building the app and the bench page, serving on ${port}…`);
  const served = await buildAndServe(port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const app = await measureApp(browser, served.appUrl, runs, sizes, late);
    console.log('  our renderer beside d3-tube-map…');
    const maps = [
      { name: 'ml-system (default)', map: defaultMap() },
      ...sizes.map((n) => ({ name: `generated-${n}`, map: generatedMap(n) })),
    ];
    const compare: CompareRow[] = await compareRenderers(browser, served.pagesUrl, maps, runs + 2);
    printBrowserReport(app.cases, app.pan, compare);
    writeResults({ runs, ...app, compare });
  } finally {
    await browser.close();
    await served.close();
    clearInterval(keepAlive);
  }
}

function writeResults(browserResults: object): void {
  const file = join(import.meta.dirname, 'results.json');
  const previous: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const base = typeof previous === 'object' && previous !== null ? previous : {};
  const browser = { date: new Date().toISOString(), ...browserResults };
  writeFileSync(file, `${JSON.stringify({ ...base, browser }, null, 2)}\n`);
  console.log(`\nWrote ${file} (section "browser").`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
