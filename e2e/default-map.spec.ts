import { expect, test } from '@playwright/test';
import { distinctLineIds, map, openApp } from './helpers.ts';

test('the default map shows 30 stations, 7 lines, 4 zones and a legend', async ({ page }) => {
  await openApp(page);
  const svg = map(page);
  await expect(svg).toHaveAttribute('viewBox', /^-?\d+ -?\d+ \d+ \d+$/);
  await expect(svg.locator('[data-station-id]')).toHaveCount(30);
  expect(await distinctLineIds(page)).toEqual([
    'data',
    'delivery',
    'discovery',
    'events',
    'feedback',
    'metadata',
    'model',
  ]);
  await expect(svg.locator('[data-zone-id]')).toHaveCount(4);
  await expect(svg.locator('text[data-label-for="feature-store"]')).toHaveText('Feature store');
  const legend = page.getByTestId('legend');
  await expect(legend).toContainText('Feedback loop');
  await expect(legend).toContainText('Data engineering');
  await expect(
    page.getByRole('heading', { name: 'A typical machine learning system' }),
  ).toBeVisible();
});

test('every line is drawn in its colour', async ({ page }) => {
  await openApp(page);
  const colours = await map(page)
    .locator('path[data-line-id="feedback"]')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke')));
  expect(colours.length).toBeGreaterThan(0);
  expect(new Set(colours).size).toBe(1);
  expect(colours[0]).toMatch(/^#[0-9a-f]{6}$/i);
});

test('clicking a station opens its details', async ({ page }) => {
  await openApp(page);
  await map(page).locator('[data-station-id="model-registry"]').click();
  const details = page.getByTestId('station-details');
  await expect(details.getByRole('heading', { name: 'Model registry' })).toBeVisible();
  await expect(details).toContainText('Production pipelines');
  await expect(details).toContainText('Interchange of 3 lines');
  for (const line of ['Model lifecycle', 'Feedback loop', 'Metadata & lineage']) {
    await expect(details).toContainText(line);
  }
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toBeHidden();
});

test('the map picker switches to the workflow map and back', async ({ page }) => {
  await openApp(page);
  const picker = page.getByTestId('map-picker');
  await picker.selectOption('ml-workflow');
  await expect(page.getByRole('heading', { level: 2 }).first()).not.toHaveText(
    'A typical machine learning system',
  );
  await expect(map(page).locator('[data-station-id="feature-store"]')).toHaveCount(0);
  await picker.selectOption('ml-system');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
});

test('pan, zoom and fit to screen', async ({ page }) => {
  await openApp(page);
  const layer = map(page).locator(':scope > g').first();
  // The fitted view, once the stage around the map has settled (the key docks beside it).
  await page.getByTestId('fit').click();
  let before = await layer.getAttribute('transform');
  await expect
    .poll(async () => {
      const now = await layer.getAttribute('transform');
      const same = now === before;
      before = now;
      return same;
    })
    .toBe(true);
  const box = await map(page).boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => layer.getAttribute('transform')).not.toBe(before);
  await page.getByTestId('fit').click();
  await expect.poll(() => layer.getAttribute('transform')).toBe(before);
});
