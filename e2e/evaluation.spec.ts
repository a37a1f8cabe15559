// Evaluating against requirements: blocking gaps, seams on the map and in the list, claims
// outside the map, one tool across maps, and the view restored after a reload.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, map, openApp, openFile, storedRecords, storedView } from './helpers.ts';

const toggle = (page: Page, id: string) =>
  page.locator(`[data-testid="solution-toggle"][data-solution-id="${id}"]`);
const summary = (page: Page) => page.getByTestId('requirements-summary');

test('a requirements file opened shows the must-haves and the blocking gaps first', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'acme-eval.yaml', fixture('acme-eval.yaml'));
  await expect(summary(page)).toHaveAttribute('data-must-total', '3');
  await expect(summary(page)).toHaveAttribute('data-must-covered', '0');
  await expect(page.getByTestId('requirements-picker')).toHaveValue('acme-eval');
  const blocking = page.locator('[data-testid="blocking-gaps"] [data-station-id]');
  await expect(blocking).toHaveCount(3);
  // Priorities are drawn on the map as rings; the wont station is muted.
  await expect(map(page).locator('[data-priority-for="serving"]')).toHaveAttribute(
    'data-priority',
    'must',
  );
  await expect(map(page).locator('[data-priority-for="notebooks"]')).toHaveAttribute(
    'data-priority',
    'wont',
  );

  // …and said in each station's accessible name.
  await expect(map(page).locator('[data-station-id="serving"]')).toHaveAttribute(
    'aria-label',
    /, must-have$/,
  );
  // Kubeflow serves and trains but does not label or monitor: two musts still block.
  await toggle(page, 'kubeflow').check();
  await expect(summary(page)).toHaveAttribute('data-must-covered', '1');
  await expect(blocking).toHaveCount(2);
  const blockingIds = await blocking.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-station-id')),
  );
  expect(blockingIds).toEqual(['labeling', 'monitoring']);
  // The gap list puts musts first and leaves the wont station out.
  const gaps = page.locator('[data-testid="gap-list"] [data-station-id]');
  await expect(gaps.first()).toHaveAttribute('data-priority', 'must');
  await expect(page.locator('[data-testid="gap-list"] [data-station-id="notebooks"]')).toHaveCount(
    0,
  );
  const total = await page.getByTestId('coverage-summary').getAttribute('data-total');
  expect(total).toBe('29');
});

test('two tools show their seams on the map and in the list; a click flies there', async ({
  page,
}) => {
  await openApp(page);
  await toggle(page, 'kubeflow').check();
  await toggle(page, 'mlflow').check();
  const listed = page.locator('[data-testid="seam-list"] [data-seam]');
  await expect(listed).toHaveCount(2);
  const keys = await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-seam')));
  expect(keys.sort()).toEqual([
    'hyperparameter-tuning~model-validation',
    'model-validation~training',
  ]);
  for (const key of keys) await expect(map(page).locator(`[data-seam="${key}"]`)).toHaveCount(1);
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-seams', '2');
  // Counted per line: one on the model lifecycle, one on the feedback loop.
  await expect(page.locator('[data-line-seams="model"]')).toHaveText('Model lifecycle: 1 seam');
  await expect(page.locator('[data-line-seams="feedback"]')).toHaveText('Feedback loop: 1 seam');

  const before = await map(page).locator('g[transform]').first().getAttribute('transform');
  await listed.first().click();
  await expect
    .poll(() => map(page).locator('g[transform]').first().getAttribute('transform'))
    .not.toBe(before);
});

test('an integration bridges a seam, and a claim outside the map is listed', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'bridging-tools.yaml', fixture('bridging-tools.yaml'));
  await toggle(page, 'validator').check();
  const seam = page.locator('[data-testid="seam-list"] [data-seam="model-validation~training"]');
  await expect(seam).toHaveAttribute('data-bridged', 'true');
  await expect(map(page).locator('[data-seam="model-validation~training"]')).toHaveAttribute(
    'data-bridged',
    'true',
  );
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-seams', '0');
  await expect(
    page.locator('[data-testid="off-map"] [data-claim="edge-deployment"]'),
  ).toContainText('Edge deployment');
  // Warnings do not stop the load: edge-deployment has a label, so it is no problem at all.
  await expect(page.getByTestId('problems')).toHaveCount(0);
});

test('a tool selected on one map is selected on every map, with a cross-map summary', async ({
  page,
}) => {
  await openApp(page);
  await toggle(page, 'kubeflow').check();
  const rows = page.locator('[data-testid="cross-map-summary"] [data-map-id]');
  await expect(rows).toHaveCount(3);
  await expect(
    page.locator('[data-testid="cross-map-summary"] [data-map-id="ml-system"]'),
  ).toContainText(/\d+ of 30/);
  await page.getByTestId('map-picker').selectOption('ml-workflow');
  await expect(toggle(page, 'kubeflow')).toBeChecked();
  await expect(map(page).locator('[data-covered-by~="kubeflow"]').first()).toBeVisible();
  await page.getByTestId('map-picker').selectOption('ml-organization');
  await expect(toggle(page, 'kubeflow')).toBeChecked();
});

test('requirements and selection come back after a reload, from the URL and the autosave', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'acme-eval.yaml', fixture('acme-eval.yaml'));
  await toggle(page, 'kubeflow').check();
  await toggle(page, 'mlflow').check();
  await expect(page).toHaveURL(/req=acme-eval/);
  await expect(page).toHaveURL(/solutions=kubeflow,mlflow/);
  // Wait for the autosave: the opened set (IndexedDB) and the selection (the view).
  await expect
    .poll(async () => Object.keys(await storedRecords(page)))
    .toContain('requirements:ml-system/acme-eval');
  await expect
    .poll(async () => (await storedView(page))?.['selectedSolutions'])
    .toEqual(['kubeflow', 'mlflow']);
  await page.reload();
  await expect(summary(page)).toHaveAttribute('data-requirements-id', 'acme-eval');
  await expect(summary(page)).toHaveAttribute('data-must-covered', '1');
  await expect(toggle(page, 'kubeflow')).toBeChecked();
  await expect(toggle(page, 'mlflow')).toBeChecked();
  await expect(map(page).locator('[data-seam]').first()).toBeVisible();

  // The bundled example set is in the picker; the URL can switch to it.
  await page.goto('/#map=ml-system&solutions=kubeflow&req=acme-2027');
  await expect(summary(page)).toHaveAttribute('data-requirements-id', 'acme-2027');
});

test('broken requirements: every problem with its line, and nothing loaded is lost', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'acme-eval.yaml', fixture('acme-eval.yaml'));
  await expect(summary(page)).toHaveAttribute('data-must-total', '3');
  await openFile(page, 'requirements.broken.yaml', fixture('requirements.broken.yaml'));
  const items = page.locator('[data-testid="problems"] li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('priority: should be one of');
  await expect(items.first()).toContainText('line 8');
  // Once the priority is fixed, the unknown station and the duplicate show, each with its line.
  const fixed = fixture('requirements.broken.yaml').toString().replace('nice-to-have', 'could');
  await openFile(page, 'requirements.broken.yaml', fixed);
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('unknown station "edge-serving"');
  await expect(items.nth(0)).toContainText('line 7');
  await expect(items.nth(1)).toContainText('list station "serving" twice (first on line 6)');
  await expect(items.nth(1)).toContainText('line 9');
  await expect(summary(page)).toHaveAttribute('data-requirements-id', 'acme-eval');
  await expect(summary(page)).toHaveAttribute('data-must-total', '3');
});
