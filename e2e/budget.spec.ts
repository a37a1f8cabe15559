// Performance budget: opening a 200-station map never blocks the page for more than 50 ms
// at a time (the file is parsed and laid out in the worker; React renders the new map in
// slices). The only timing assertion in the suite, as the issue asks; `npm run bench`
// reports the rest.
//
// Long tasks are counted only from the file input's change to the map drawn. A shared or
// loaded machine can stretch one task by descheduling the page, so the open is tried up to
// three times, each with a map not seen before: a real regression (work put back on the
// main thread) shows in every try, a scheduling hiccup does not.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { generatedMap, mapFileText } from '../bench/browser-maps.ts';
import { installProbe } from '../bench/browser-probe.ts';
import { openApp, openFile } from './helpers.ts';

const LONG_TASK_MS = 50;
const TRIES = 3;

/** Resolves when the map titled `title` shows `count` stations and labels: that frame's time. */
function whenDrawn([title, count, timeout]: readonly [string, number, number]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      const svg = document.querySelector('svg[data-testid="transit-map"]');
      const n = svg?.querySelectorAll('[data-station-id]').length ?? 0;
      // The labels of a big map follow its stations a frame later: drawn means both.
      const labelled = svg?.querySelector('[data-label-for]');
      if (svg?.getAttribute('aria-label')?.endsWith(title) && n === count && labelled) {
        setTimeout(() => resolve(performance.now()), 0);
      } else if (performance.now() - started > timeout) resolve(-1);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Opens a generated map through the file input; the long tasks (ms) while it opened. */
async function open(page: Page, stations: number, seed: number): Promise<number[]> {
  const title = `Budget map ${seed}`;
  const map = { ...generatedMap(stations, seed), id: `budget-${seed}`, title };
  const drawn = page.evaluate(whenDrawn, [title, stations, 90_000] as const);
  await openFile(page, `budget-${seed}.yaml`, mapFileText(map));
  const done = await drawn;
  expect(done, `the ${stations}-station map was drawn`).toBeGreaterThan(0);
  await page.waitForTimeout(200); // long-task entries arrive a little after the task
  const { from, tasks } = await page.evaluate((to) => {
    const since = window.__probe.lastInput['change'] ?? 0;
    const during = window.__probe.longTasks.filter(
      (t) => t.start + t.duration > since && t.start < to,
    );
    // The task that fires the change is the test driver's (setInputFiles); only its part
    // from the change on is the page's.
    const spans = during.map((t) => Math.round(t.start + t.duration - Math.max(t.start, since)));
    return { from: since, tasks: spans };
  }, done);
  expect(from).toBeGreaterThan(0);
  return tasks;
}

test('opening a 200-station map runs no main-thread task over 50 ms', async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installProbe);
  await openApp(page);
  // Warm up once on a smaller map, so that the first parse and render of the code paths do
  // not count against the budget: it is about opening a map, not loading the app.
  await open(page, 100, 100);

  const tries: number[][] = [];
  for (let i = 0; i < TRIES; i++) {
    const tasks = await open(page, 200, 200 + i);
    tries.push(tasks);
    if (tasks.every((ms) => ms <= LONG_TASK_MS)) break;
  }
  const passed = tries.some((tasks) => tasks.every((ms) => ms <= LONG_TASK_MS));
  const seen = tries.map((t, i) => `try ${i + 1}: [${t.join(', ')}]`).join('; ');
  expect(passed, `long tasks (ms) while the map opened — ${seen}`).toBe(true);
});
