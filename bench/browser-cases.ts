// The browser bench's measurements, each against the built app in a fresh page.
import type { Browser, Page } from '@playwright/test';
import { generatedMap, generatedSolutions, mapFileText } from './browser-maps.ts';
import {
  installProbe,
  startFrames,
  stopFrames,
  whenMapSettles,
  whenStationCount,
} from './browser-probe.ts';

/** One timed run: how long it took and the longest main-thread task meanwhile. */
export interface Sample {
  readonly ms: number;
  readonly longestTask: number;
  /** Where an open's time went (ms), from the layout worker's User Timing measures. */
  readonly parts?: OpenParts;
}

/**
 * An opened file's time in five parts: until the worker starts parsing (reading the file,
 * waiting for the worker), the parse, until the layout starts, the layout, and from the
 * geometry's arrival to the map drawn (transfer, React, style, layout, paint, two frames).
 */
export interface OpenParts {
  readonly toParse: number;
  readonly parse: number;
  readonly toLayout: number;
  readonly layout: number;
  readonly toDrawn: number;
}

/** The parts of an open between `from` and `done`, or undefined without the measures. */
async function openParts(page: Page, from: number, done: number): Promise<OpenParts | undefined> {
  const spans = await page.evaluate(
    ([a, b]) =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.startTime >= a && m.startTime < b)
        .map((m) => ({ name: m.name, start: m.startTime, end: m.startTime + m.duration })),
    [from, done] as const,
  );
  const parse = spans.find((m) => m.name === 'layout-worker: parse');
  const layout = spans.find((m) => m.name === 'layout-worker: layout');
  if (!parse || !layout) return undefined;
  return {
    toParse: parse.start - from,
    parse: parse.end - parse.start,
    toLayout: layout.start - parse.end,
    layout: layout.end - layout.start,
    toDrawn: done - layout.end,
  };
}

const VIEWPORT = { width: 1280, height: 800 };

/** A page on the app's default map, drawn. */
export async function openAppPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installProbe);
  await page.goto(url);
  await page.waitForFunction(() => window.__probe.mapDrawn !== null);
  return page;
}

/** The longest long task that overlaps [from, to], or 0 if none (all tasks under 50 ms). */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  await page.waitForTimeout(100); // long-task entries are delivered a little later
  return page.evaluate(
    ([a, b]) =>
      window.__probe.longTasks
        .filter((t) => t.start < b && t.start + t.duration > a)
        .reduce((m, t) => Math.max(m, t.duration), 0),
    [from, to] as const,
  );
}

const lastInput = (page: Page, type: string) =>
  page.evaluate((t) => window.__probe.lastInput[t] ?? 0, type);

/** Navigation to the default map drawn. */
export async function firstDraw(browser: Browser, url: string): Promise<Sample> {
  const page = await openAppPage(browser, url);
  const ms = await page.evaluate(() => window.__probe.mapDrawn ?? -1);
  const sample = { ms, longestTask: await longestTask(page, 0, ms) };
  await page.context().close();
  return sample;
}

/**
 * Navigation to the default map in use: as soon as the map is drawn, the first solution is
 * toggled on (as a user's first click), and the time is taken when its coverage is drawn.
 */
export async function firstUse(browser: Browser, url: string): Promise<Sample> {
  const page = await openAppPage(browser, url);
  await page.locator('[data-testid="solution-toggle"]').first().check();
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const covered = '[data-coverage="covered"], [data-coverage="partial"]';
        const check = () => {
          if (document.querySelector(`svg[data-testid="transit-map"] ${covered}`))
            setTimeout(() => resolve(performance.now()), 0);
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  const sample = { ms, longestTask: await longestTask(page, 0, ms) };
  await page.context().close();
  return sample;
}

/** Opens `text` through the file input; resolves when `count` stations are drawn. */
export async function openThroughInput(page: Page, name: string, text: string, count: number) {
  const drawn = page.evaluate(whenStationCount, [count, 180_000] as const);
  await page
    .getByTestId('open-file')
    .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });
  const done = await drawn;
  if (done < 0) throw new Error(`${name}: ${count} stations were not drawn within 3 minutes`);
  const from = await lastInput(page, 'change');
  return { from, done, ms: done - from };
}

/**
 * Opening a generated map of `stations` stations: parse and layout (in the worker) and
 * drawing; `delay` ms after the default map was drawn (0: at once, as a user who opens a file
 * right after the page appears).
 */
export async function openGenerated(browser: Browser, url: string, stations: number, delay = 0) {
  const page = await openAppPage(browser, url);
  if (delay > 0) await page.waitForTimeout(delay);
  const { from, done, ms } = await openThroughInput(
    page,
    `generated-${stations}.yaml`,
    mapFileText(generatedMap(stations)),
    stations,
  );
  const parts = await openParts(page, from, done);
  const sample = { ms, longestTask: await longestTask(page, from, done), ...(parts && { parts }) };
  return { sample, page };
}

/** Clicks `target` and times the repaint: from the click to the map settled. */
async function timedClick(page: Page, selector: string): Promise<Sample> {
  const settled = page.evaluate(whenMapSettles, 5000);
  await page.locator(selector).click();
  const done = await settled;
  const from = await lastInput(page, 'click');
  return { ms: done - from, longestTask: await longestTask(page, from, done) };
}

/** Toggles the first solution on and off `times` times; one sample per toggle. */
export async function overlayToggles(page: Page, times: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const toggle = '[data-testid="solution-toggle"] >> nth=0';
  for (let i = 0; i < times * 2; i++) samples.push(await timedClick(page, toggle));
  return samples;
}

/** A generated map of `stations` stations with `solutions` solutions, all selected. */
export async function openWithSolutions(
  browser: Browser,
  url: string,
  stations: number,
  solutions: number,
) {
  const page = await openAppPage(browser, url);
  const map = generatedMap(stations);
  const text = mapFileText(map, generatedSolutions(map, solutions));
  await openThroughInput(page, `overlay-${stations}.yaml`, text, stations);
  return page;
}

/**
 * The editor: types into the first zone's label and times from the last keystroke to the
 * map showing it, drawn. The start is the keydown event's own time stamp (when the key was
 * pressed, before the page got round to it); the end is the first frame after the zone's
 * label in the SVG holds the typed text. Null when the app has no editor yet.
 */
export async function editorKeystrokes(page: Page, runs: number): Promise<Sample[] | null> {
  const button = page.getByTestId('edit-yaml');
  if ((await button.count()) === 0) return null;
  await page.evaluate(() => {
    const w = window as unknown as { __keyPressed?: number };
    window.addEventListener('keydown', (e) => (w.__keyPressed = e.timeStamp), true);
  });
  await button.click();
  const line = page.locator('.cm-line', { hasText: /^\s*label: Discovery$/ }).first();
  await line.waitFor({ timeout: 10_000 });
  await line.click();
  await page.keyboard.press('End');
  const samples: Sample[] = [];
  let typed = '';
  for (let i = 0; i < runs; i++) {
    const suffix = String.fromCharCode(97 + i).repeat(3);
    typed += suffix;
    const shown = page.evaluate(
      ([text]) =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const check = () => {
            const zone = document.querySelector('svg[data-testid="transit-map"] [data-zone-id]');
            const shown = zone?.textContent?.toLowerCase().includes(text.toLowerCase());
            if (shown) setTimeout(() => resolve(performance.now()), 0);
            else if (performance.now() - started > 20_000) resolve(-1);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      [`Discovery${typed}`] as const,
    );
    await page.keyboard.type(suffix, { delay: 40 });
    const done = await shown;
    if (done < 0) throw new Error('the edited zone label never reached the map');
    const from = await page.evaluate(
      () => (window as unknown as { __keyPressed?: number }).__keyPressed ?? 0,
    );
    samples.push({ ms: done - from, longestTask: await longestTask(page, from, done) });
  }
  return samples;
}

export interface PanResult {
  /** Median and worst time between frames while dragging, in ms (16.7 = smooth). */
  readonly frameMedian: number;
  readonly frameP95: number;
  readonly frameWorst: number;
  /** Wall-clock time per mouse move of the drag. */
  readonly msPerMove: number;
  readonly longestTask: number;
}

/** Drags the map around with the mouse; frame times and long tasks meanwhile. */
export async function panSmoothness(page: Page, moves = 60): Promise<PanResult> {
  const box = await page.getByTestId('transit-map').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  // Start near a corner, on the background: a press on a station would drag the station.
  const cx = box.x + 40;
  const cy = box.y + 40;
  await page.mouse.move(cx, cy);
  const from = await page.evaluate(() => performance.now());
  await page.evaluate(startFrames);
  const started = Date.now();
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    const a = (i / moves) * 2 * Math.PI;
    await page.mouse.move(cx + 200 * (1 - Math.cos(a)), cy + 90 * Math.sin(2 * a) + 90);
  }
  await page.mouse.up();
  const wall = Date.now() - started;
  const frames = await page.evaluate(stopFrames);
  const to = await page.evaluate(() => performance.now());
  const gaps = frames
    .slice(1)
    .map((t, i) => t - (frames[i] ?? t))
    .sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))] ?? 0;
  return {
    frameMedian: at(0.5),
    frameP95: at(0.95),
    frameWorst: gaps[gaps.length - 1] ?? 0,
    msPerMove: wall / moves,
    longestTask: await longestTask(page, from, to),
  };
}
