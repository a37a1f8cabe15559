// Hostile-input bench: how soon each bad input of e2e/fixtures/hostile is explained.
//   npx tsx bench/hostile-bench.ts [--runs=N] [--port=4297] [--no-browser]
// Node: decode + parse + validate (loadText) per fixture, CPU ms, median of N and the first
// (cold) run. Browser: the built app in Chromium, ms from handing it the input to the problems
// panel showing the problem on screen, through each entry point: the file input, a drop, `#src=`
// and text put into the editor (which includes the editor's pause after typing). Target: 1,000 ms.
// Wall-clock numbers on a busy machine are inflated: the load average is printed with them.
import { writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { build, preview } from 'vite';
import { ALL_REFUSED } from '../e2e/fixtures/hostile/cases.ts';
import type { HostileCase } from '../e2e/fixtures/hostile/cases.ts';
import { decodeBytes } from '../src/model/decode.ts';
import { loadText } from '../src/model/load.ts';

const TARGET_MS = 1000;
/** One label per case: a file that holds two hostile things is listed twice. */
const LABELS = ALL_REFUSED.map((c, i) =>
  ALL_REFUSED.findIndex((d) => d.name === c.name) === i ? c.name : `${c.name} (2)`,
);
const ENTRIES = ['picker', 'drop', 'src', 'editor'] as const;
type Entry = (typeof ENTRIES)[number];

const flag = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(flag('runs') ?? 5);
const port = Number(flag('port') ?? 4297);
const withBrowser = !process.argv.includes('--no-browser');
const only = flag('only'); // e.g. --only=editor: one entry point
const cases = flag('cases'); // e.g. --cases=deep: the fixtures whose name holds this

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** CPU ms of decode + loadText; the first result is the cold run. */
function nodeTimes(c: HostileCase): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = cpuMs();
    const decoded = decodeBytes(c.bytes);
    const result = 'problem' in decoded ? null : loadText(decoded.text);
    times.push(cpuMs() - start);
    if (result?.ok) throw new Error(`${c.name} loaded: it should be refused`);
  }
  return times;
}

/** Cases the editor can take: small, and text (a paste cannot hold NUL bytes or bad UTF-8). */
const pastable = (c: HostileCase): boolean => {
  if (c.large) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(c.bytes);
  return text !== '' && !text.includes('\u0000') && !text.includes('\uFFFD');
};

/**
 * Hands over the input through `entry` and resolves the ms until the problems panel shows its
 * message on screen. Timed in the page, except the editor's text, which arrives as one paste
 * event (as a user pastes; Playwright's insertText feeds the contenteditable natively, and took
 * 47 s for the 1,000-document text, none of it the app's).
 */
async function timeToMessage(page: Page, entry: Entry, c: HostileCase, run: number) {
  if (entry === 'editor') {
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
  }
  const setup = { entry, name: c.name, source: c.message.source, flags: c.message.flags };
  await page.evaluate(async ({ entry, name, source, flags }) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    document.querySelector<HTMLButtonElement>('[aria-label="Dismiss problems"]')?.click();
    if (location.hash) location.hash = '';
    await frame();
    const url = `hostile/${encodeURIComponent(name)}`;
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const files = new DataTransfer();
    files.items.add(new File([bytes], name, { type: 'application/yaml' }));
    const pattern = new RegExp(source, flags);
    const panel = () => document.querySelector('[data-testid="problems"]')?.textContent ?? '';
    const bench = window as unknown as { hostileDone?: Promise<number>; hostileStart?: number };
    if (entry === 'editor') return;
    bench.hostileDone = new Promise<number>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!pattern.test(panel())) return;
        observer.disconnect();
        // On screen: the next frame has been produced (a task queued from its callback).
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      const said = () => `; the panel says: ${panel().slice(0, 300) || 'nothing'}`;
      setTimeout(
        () => reject(new Error(`${name} via ${entry}: no message in 60 s${said()}`)),
        60_000,
      );
    });
    bench.hostileStart = performance.now();
    if (entry === 'picker') {
      const input = document.querySelector<HTMLInputElement>('[data-testid="open-file"]');
      if (!input) throw new Error('no file input');
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (entry === 'drop') {
      const app = document.querySelector('.app');
      for (const type of ['dragover', 'drop'])
        app?.dispatchEvent(
          new DragEvent(type, { dataTransfer: files, bubbles: true, cancelable: true }),
        );
    } else if (entry === 'src') {
      location.hash = `src=${url}`;
    }
  }, setup);
  if (entry === 'editor') {
    // Timed from Node (Playwright's round trips included). A comment line per run, so that
    // the same text pasted again is still an edit.
    const text = `${new TextDecoder().decode(c.bytes)}\n# run ${run}\n`;
    const start = performance.now();
    await page.locator('.cm-content').evaluate((el, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const init = { clipboardData: data, bubbles: true, cancelable: true };
      el.dispatchEvent(new ClipboardEvent('paste', init));
    }, text);
    await page.waitForFunction(
      ({ source, flags }) =>
        new RegExp(source, flags).test(
          document.querySelector('[data-testid="problems"]')?.textContent ?? '',
        ),
      setup,
      { timeout: 60_000, polling: 'raf' },
    );
    return performance.now() - start;
  }
  return page.evaluate(async () => {
    const bench = window as unknown as { hostileDone?: Promise<number>; hostileStart?: number };
    return ((await bench.hostileDone) ?? NaN) - (bench.hostileStart ?? NaN);
  });
}

async function browserTimes(): Promise<Map<string, Partial<Record<Entry, number[]>>>> {
  const root = join(import.meta.dirname, '..');
  // Under node_modules/.cache, which git, lint and format all ignore.
  const outDir = join(root, 'node_modules', '.cache', 'hostile-bench-app');
  await build({ root, logLevel: 'warn', build: { outDir } });
  mkdirSync(join(outDir, 'hostile'), { recursive: true });
  for (const c of ALL_REFUSED) writeFileSync(join(outDir, 'hostile', c.name), c.bytes);
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'],
  });
  const times = new Map<string, Partial<Record<Entry, number[]>>>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (d) => void d.dismiss());
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('[data-station-id]').first().waitFor({ timeout: 120_000 });
    for (const entry of ENTRIES) {
      if (only && entry !== only) continue;
      if (entry === 'editor') {
        await page.getByTestId('edit-yaml').click();
        await page.locator('.cm-content').waitFor();
      }
      for (const [i, c] of ALL_REFUSED.entries()) {
        if (entry === 'editor' && !pastable(c)) continue;
        if (cases && !c.name.includes(cases)) continue;
        const label = LABELS[i] as string;
        const row = times.get(label) ?? {};
        times.set(label, row);
        const samples: number[] = [];
        for (let k = 0; k < runs; k++) samples.push(await timeToMessage(page, entry, c, k));
        row[entry] = samples;
      }
      process.stdout.write(`  ${entry} done (load ${load()})\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

const cell = (ms: number | undefined, width = 8): string => {
  if (ms === undefined) return '-'.padStart(width);
  return `${ms.toFixed(ms < 10 ? 1 : 0)}${ms > TARGET_MS ? '!' : ''}`.padStart(width);
};

async function main() {
  console.log(`Hostile inputs: ms to a located message (target ${TARGET_MS} ms), ${runs} runs`);
  console.log(`load average before: ${load()}`);
  const node = new Map(ALL_REFUSED.map((c, i) => [LABELS[i], nodeTimes(c)]));
  const browser = withBrowser ? await browserTimes() : new Map();
  console.log(`load average after: ${load()}`);
  const head = ['fixture'.padEnd(36), 'node cpu', 'cold', ...(withBrowser ? ENTRIES : [])];
  console.log(head.map((h, i) => (i === 0 ? h : h.padStart(8))).join(' '));
  let over = 0;
  for (const label of LABELS) {
    const [cold, ...warm] = node.get(label) ?? [];
    const row = browser.get(label) ?? {};
    const medians = withBrowser ? ENTRIES.map((e) => row[e] && median(row[e])) : [];
    over += [median(warm), ...medians].filter((m) => m !== undefined && m > TARGET_MS).length;
    console.log(
      [label.padEnd(36), cell(median(warm)), cell(cold), ...medians.map((m) => cell(m))].join(' '),
    );
  }
  console.log(
    over === 0
      ? `every median within ${TARGET_MS} ms`
      : `${over} medians over ${TARGET_MS} ms (marked !)`,
  );
}

await main();
