import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, map, openApp, openFile } from './helpers.ts';

const toggle = (page: Page, id: string) =>
  page.locator(`[data-testid="solution-toggle"][data-solution-id="${id}"]`);

// Worked out by hand from maps/solutions/kubeflow.yaml and mlflow.yaml.
const KUBEFLOW_MLFLOW_GAPS = [
  'problem',
  'prototype',
  'source-control',
  'sources',
  'storage',
  'labeling',
  'data-validation',
  'data-versioning',
  'feature-engineering',
  'streaming',
  'ci-cd',
  'retraining',
  'application',
  'outcomes',
  'monitoring',
  'drift-detection',
];

test('selecting two solutions gives exactly the right gaps and summary', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('[data-testid="solution-toggle"]')).toHaveCount(15);
  await toggle(page, 'kubeflow').check();
  await toggle(page, 'mlflow').check();
  const summary = page.getByTestId('coverage-summary');
  await expect(summary).toHaveAttribute('data-covered', '8');
  await expect(summary).toHaveAttribute('data-partial', '6');
  await expect(summary).toHaveAttribute('data-total', '30');
  const gaps = await page
    .locator('[data-testid="gap-list"] [data-station-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-station-id')));
  expect(gaps).toEqual(KUBEFLOW_MLFLOW_GAPS);
  // The map agrees: each gap is drawn uncovered, and shared claims are marked.
  const svg = map(page);
  await expect(svg.locator('[data-coverage="uncovered"]')).toHaveCount(16);
  await expect(svg.locator('[data-station-id="model-registry"]')).toHaveAttribute(
    'data-covered-by',
    'kubeflow mlflow',
  );
  await expect(svg.locator('[data-station-id="training"]')).toHaveAttribute(
    'data-coverage',
    'covered',
  );
  // One click clears the selection.
  await page.getByTestId('clear-solutions').click();
  await expect(svg.locator('[data-coverage]')).toHaveCount(0);
  await expect(page.getByTestId('coverage-summary')).toHaveCount(0);
});

test('clicking a gap focuses its station', async ({ page }) => {
  await openApp(page);
  await toggle(page, 'mlflow').check();
  await page.locator('[data-testid="gap-list"] [data-station-id="labeling"]').click();
  await expect(page.getByTestId('station-details')).toContainText('Labeling');
  await expect(page.getByTestId('station-details')).toContainText('Coverage: uncovered');
});

test('the URL holds the view; a round trip restores it; back and forward work', async ({
  page,
}) => {
  await openApp(page, '#map=ml-system&solutions=kubeflow,mlflow');
  await expect(toggle(page, 'kubeflow')).toBeChecked();
  await expect(toggle(page, 'mlflow')).toBeChecked();
  await expect(page.getByTestId('coverage-summary')).toHaveAttribute('data-covered', '8');
  await toggle(page, 'feast').check();
  await expect(page).toHaveURL(/#map=ml-system&solutions=kubeflow,mlflow,feast$/);
  await page.goBack();
  await expect(toggle(page, 'feast')).not.toBeChecked();
  await expect(toggle(page, 'mlflow')).toBeChecked();
  await page.goForward();
  await expect(toggle(page, 'feast')).toBeChecked();
  await page.reload();
  await expect(toggle(page, 'feast')).toBeChecked();
  await expect(map(page).locator('[data-coverage]')).toHaveCount(30);
});

test('a solution file with an unknown station applies the rest and warns', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'vendor-claims.yaml', fixture('vendor-claims.yaml'));
  const problems = page.getByTestId('problems');
  await expect(problems).toContainText('loaded with 1 warning');
  await expect(problems.locator('li')).toContainText(
    'claims unknown station "quantum-accelerator"',
  );
  await expect(problems.locator('li')).toContainText('line 11,');
  await expect(toggle(page, 'acme-ml')).toBeChecked();
  const summary = page.getByTestId('coverage-summary');
  await expect(summary).toHaveAttribute('data-covered', '1');
  await expect(summary).toHaveAttribute('data-partial', '1');
  await expect(map(page).locator('[data-station-id="ingestion"]')).toHaveAttribute(
    'data-coverage',
    'covered',
  );
});

test('a solution for another map is refused with a clear message', async ({ page }) => {
  await openApp(page);
  const other = fixture('vendor-claims.yaml').toString().replace('map: ml-system', 'map: retail');
  await openFile(page, 'other.yaml', other);
  await expect(page.getByTestId('problems')).toContainText(
    'is for map "retail", which is not loaded',
  );
  await expect(toggle(page, 'acme-ml')).toHaveCount(0);
});

test('the smallest covering stack is shown and applied with one click', async ({ page }) => {
  await openApp(page);
  const stack = page.getByTestId('smallest-stack');
  const ids = ((await stack.getAttribute('data-solutions')) ?? '').split(' ');
  expect(ids.length).toBeGreaterThan(0);
  await page.getByTestId('apply-stack').click();
  for (const id of ids) await expect(toggle(page, id)).toBeChecked();
});

test('compare view: a sortable matrix, exported as CSV and Markdown', async ({ page }) => {
  await openApp(page, '#map=ml-system&solutions=kubeflow,mlflow');
  await page.getByTestId('open-compare').click();
  const view = page.getByTestId('compare-view');
  await expect(view.locator('tbody tr')).toHaveCount(30);
  await expect(
    view.locator('tr[data-station-row="model-registry"] td[data-level="full"]'),
  ).toHaveCount(2);
  await view.getByRole('button', { name: 'Solutions' }).click();
  await expect(view.locator('tbody tr').first()).toHaveAttribute('data-station-row', /./);
  const first = await view.locator('tbody tr').first().locator('td').last().textContent();
  expect(first).toBe('2');
  const download = page.waitForEvent('download');
  await view.getByTestId('compare-export-format').selectOption('csv');
  await view.getByTestId('compare-export').click();
  const csv = await (await download).path();
  const text = (await import('node:fs')).readFileSync(csv, 'utf8');
  expect(text.split('\n')[0]).toContain('Kubeflow');
  expect(text).toContain('Model registry');
  await view.getByRole('button', { name: 'Close compare' }).click();
  const md = page.waitForEvent('download');
  await page.getByTestId('export-report').click();
  expect((await md).suggestedFilename()).toBe('ml-system-coverage-kubeflow-mlflow.md');
});
