// Presentation mode: P enters, the arrow keys step through the selected solutions one at a
// time and then their stack, Esc leaves; nothing but the picture is on screen.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map } from './helpers.ts';

/** Opens the app and waits until the map is drawn (the layout may take a few seconds). */
async function openApp(page: Page) {
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 30_000 });
}

test('P presents the view; arrows step through solutions then the stack; Esc leaves', async ({
  page,
}) => {
  await openApp(page);
  for (const id of ['kubeflow', 'mlflow']) {
    await page.locator(`[data-testid="solution-toggle"][data-solution-id="${id}"]`).check();
  }
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  const stage = page.getByTestId('presentation');
  await expect(stage).toBeVisible();
  const box = await stage.boundingBox();
  expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 800 });
  await expect(stage.locator('[data-station-id]')).toHaveCount(30);
  await expect(stage).toHaveAttribute('data-solutions', 'kubeflow');
  await expect(stage.locator('[data-covered-by="mlflow"]')).toHaveCount(0);
  // Large labels: laid out again for the stage's font size.
  await expect(stage).toHaveAttribute('data-large-labels', 'true');
  const size = (el: typeof stage) =>
    el.locator('text[data-label-for="training"]').first().getAttribute('font-size');
  expect(Number(await size(stage))).toBeGreaterThan(Number(await size(map(page))));

  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-solutions', 'mlflow');
  await expect(stage.locator('[data-covered-by="kubeflow"]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-solutions', 'kubeflow mlflow');
  await expect(stage.locator('[data-covered-by="kubeflow mlflow"]').first()).toBeAttached();
  await expect(stage.getByTestId('presentation-step')).toContainText('3 / 3');
  await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-step', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(stage).toHaveAttribute('data-solutions', 'mlflow');

  await page.keyboard.press('Escape');
  await expect(stage).toBeHidden();
  await expect(map(page)).toBeVisible();
});

test('the toolbar button presents too, and typing P in a field does not', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('present').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toBeHidden();
  await page.getByTestId('map-picker').focus();
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation')).toBeHidden();
});
