// A layout worker that throws, or never answers: the map on screen stays, the worker is
// replaced and the job tried once more, then a message names the map; the text is kept, and
// a later open works. The faults are acted out by the test build (src/worker/test-faults.ts):
// a map with id `worker-fault-throw` or `worker-fault-hang` fails there, and only there.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, openApp, openFile } from './helpers.ts';

// Two attempts of a hung layout take twice the worker's budget (10 s and a little more).
test.describe.configure({ timeout: 150_000 });

const faultMap = (id: string, title: string) =>
  [
    'kind: map',
    `id: ${id}`,
    `title: ${title}`,
    'lines:',
    '  - { id: l, label: Line, color: "#0098d4", stops: [far, away, gone] }',
    'stations:',
    '  - { id: far, label: Far }',
    '  - { id: away, label: Away }',
    '  - { id: gone, label: Gone }',
  ].join('\n');

const LATER = [
  'kind: map',
  'id: later',
  'title: Opened later',
  'lines:',
  '  - { id: l, label: Line, color: "#00782a", stops: [one, two, three] }',
  'stations:',
  '  - { id: one, label: One }',
  '  - { id: two, label: Two }',
  '  - { id: three, label: Three }',
].join('\n');

/** Counts the workers the page starts, from now on. */
function countWorkers(page: Page): () => number {
  let count = 0;
  page.on('worker', () => count++);
  return () => count;
}

async function expectDefaultMapKept(page: Page) {
  await expect(map(page).locator('text[data-label-for="feature-store"]')).toHaveText(
    'Feature store',
  );
  await expect(map(page).locator('[data-station-id="far"]')).toHaveCount(0);
  await expect(page.locator('.map-title')).toHaveText('A typical machine learning system');
}

async function expectLaterOpenWorks(page: Page) {
  await openFile(page, 'later.yaml', LATER);
  await expect(map(page).locator('[data-station-id="two"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('layout-error')).toHaveCount(0);
}

test('a worker that throws: the map stays, a message names the map, typing is kept', async ({
  page,
}) => {
  const workers = countWorkers(page);
  await openApp(page);
  await openFile(page, 'crash.yaml', faultMap('worker-fault-throw', 'Crashing map'));
  const message = page.getByTestId('layout-error');
  await expect(message).toContainText('The layout of “Crashing map” failed twice', {
    timeout: 30_000,
  });
  await expect(message).toContainText('the layout worker stopped');
  await expectDefaultMapKept(page);
  // The worker was replaced for the retry: the one that threw, and a fresh one.
  expect(workers()).toBeGreaterThanOrEqual(2);

  // The opened text is in the editor, and what is typed there stays while the layout fails.
  await page.getByTestId('edit-yaml').click();
  const editor = page.locator('.cm-content');
  await expect(editor).toContainText('title: Crashing map');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# typed while the worker failed');
  await expect(editor).toContainText('# typed while the worker failed');
  await expect(message).toContainText('“Crashing map” failed twice', { timeout: 30_000 });
  await expectDefaultMapKept(page);
  await expect(editor).toContainText('# typed while the worker failed');

  // Another file opens in a fresh worker (the edits are not saved to a file: the app asks).
  await openFile(page, 'later.yaml', LATER);
  await page.getByTestId('confirm-accept').click();
  await expect(map(page).locator('[data-station-id="two"]')).toBeVisible({ timeout: 30_000 });
  await expect(message).toHaveCount(0);
  // And the failed map, with what was typed, is still there to go back to.
  await page.getByRole('combobox', { name: 'Map', exact: true }).selectOption({
    label: 'Crashing map',
  });
  await expect(editor).toContainText('# typed while the worker failed');
  await expect(message).toContainText('“Crashing map” failed twice', { timeout: 30_000 });
});

test('a worker that never answers: the map stays, a message names the map, a later open works', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'hang.yaml', faultMap('worker-fault-hang', 'Hanging map'));
  await expect(page.locator('.busy')).toBeVisible();
  const message = page.getByTestId('layout-error');
  await expect(message).toContainText('The layout of “Hanging map” failed twice', {
    timeout: 60_000,
  });
  await expect(message).toContainText('gave no answer in time');
  await expectDefaultMapKept(page);
  await expectLaterOpenWorks(page);
});
