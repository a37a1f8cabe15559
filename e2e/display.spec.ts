import { expect, test } from '@playwright/test';
import { openDrawnApp as openApp } from './a11y-helpers.ts';
import { map } from './helpers.ts';

// The layout runs in a worker and is slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('the theme follows the choice, switches the map too, and is remembered', async ({ page }) => {
  await openApp(page);
  const background = map(page).locator('> rect').first();
  await expect(background).toHaveAttribute('fill', '#ffffff');
  await page.getByTestId('theme-switch').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(background).toHaveAttribute('fill', '#16181d');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByTestId('theme-switch')).toHaveValue('dark');
});

test('the map has a name, a description and the lines as text', async ({ page }) => {
  await openApp(page);
  const svg = map(page);
  await expect(svg).toHaveAccessibleName('Transit map: A typical machine learning system');
  await expect(svg).toHaveAccessibleDescription(/30 stations on 7 lines in 4 zones/);
  await expect(page.locator('[data-line-text="discovery"]')).toHaveText(
    'Discovery workflow: Problem & metrics, Notebooks, Feature engineering, Model prototyping, Experiment tracking, Hyperparameter tuning',
  );
});

test('choosing a solution is announced with the coverage', async ({ page }) => {
  await openApp(page);
  await page.locator('[data-testid="solution-toggle"][data-solution-id="kubeflow"]').check();
  const total = await page.getByTestId('coverage-summary').getAttribute('data-total');
  const covered = Number(await page.getByTestId('coverage-summary').getAttribute('data-covered'));
  const partial = Number(await page.getByTestId('coverage-summary').getAttribute('data-partial'));
  await expect(page.getByTestId('announcer')).toHaveText(
    `Kubeflow selected: ${covered + partial} of ${total} stations covered (${covered} full, ${partial} partial)`,
  );
  await expect(map(page).locator('[data-station-id="training"]')).toHaveAttribute(
    'aria-label',
    /covered by Kubeflow/,
  );
});

test('a legend line isolates that line; choosing it again restores the others', async ({
  page,
}) => {
  await openApp(page);
  const model = page.locator('[data-legend-line="model"] button');
  await model.click();
  await expect(model).toHaveAttribute('aria-pressed', 'true');
  const opacity = (id: string) =>
    map(page).locator(`path[data-line-id="${id}"]`).first().getAttribute('stroke-opacity');
  expect(await opacity('model')).toBe('1');
  expect(await opacity('data')).toBe('0.15');
  await model.click();
  await expect(model).toHaveAttribute('aria-pressed', 'false');
  expect(await opacity('data')).toBe('1');
});

test('colour-blind palette and line patterns restyle the map and the legend', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('line-options').click();
  await page.getByTestId('colour-blind-palette').check();
  await page.getByTestId('line-patterns').check();
  // Okabe–Ito in map order: the second line (discovery) turns orange (#e69f00, darkened to
  // keep 3:1 against white) from the file's pink, and dashed.
  const second = map(page).locator('path[data-line-id="discovery"]').first();
  await expect(second).toHaveAttribute('stroke', '#c48700');
  await expect(second).toHaveAttribute('stroke-dasharray', /\d/);
  await expect(map(page).locator('path[data-line-id="data"]').first()).not.toHaveAttribute(
    'stroke-dasharray',
    /./,
  );
  await expect(page.locator('[data-legend-line="discovery"] line')).toHaveAttribute(
    'stroke-dasharray',
    /\d/,
  );
});

test('on a phone the side panel is a drawer', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openApp(page);
  // The panels live in the drawer (the key is on the map, in view either way).
  const solutions = page.getByTestId('solutions');
  await expect(solutions).toBeHidden();
  await expect(page.getByTestId('legend')).toBeVisible();
  const toggle = page.getByTestId('drawer-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(solutions).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(solutions).toBeHidden();
  await context.close();
});

test('printing shows the map alone, light, even from the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.toolbar')).toBeHidden();
  await expect(page.getByTestId('legend')).toBeHidden();
  await expect(map(page)).toBeVisible();
  await expect(map(page).locator('> rect').first()).toHaveAttribute('fill', '#ffffff');
});
