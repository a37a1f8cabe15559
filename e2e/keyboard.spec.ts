import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openDrawnApp as openApp } from './a11y-helpers.ts';
import { map } from './helpers.ts';

// The layout runs in a worker and is slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const focusedStation = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-station-id') ?? null);

test('keyboard only: into the map, along a line to a connected station, open its details', async ({
  page,
}) => {
  await openApp(page);
  // The first Tab stop is "Skip to the map"; Enter lands on the map's one tab-stop station.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await focusedStation(page)).toBe('problem');
  // Its name says what it is, in which zone, on which lines.
  await expect(map(page).locator('[data-station-id="problem"]')).toHaveAttribute(
    'aria-label',
    'Problem & metrics, zone Discovery, Discovery workflow line',
  );
  // The focus is visible: a ring drawn round the station.
  // (Checked by its CSS: a capsule's lines have zero-width boxes, only their strokes show.)
  const ring = map(page).locator('[data-station-id="problem"] .focus-ring');
  await expect(ring).toHaveCSS('display', 'inline');
  await expect(map(page).locator('[data-station-id="notebooks"] .focus-ring')).toHaveCSS(
    'display',
    'none',
  );

  // "Problem & metrics" has one neighbour, "Notebooks" on the discovery line: one of the
  // arrows leads there, the others do nothing.
  let moved: string | null = 'problem';
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
    await page.keyboard.press(key);
    moved = await focusedStation(page);
    if (moved !== 'problem') break;
  }
  expect(moved).toBe('notebooks');
  await expect(map(page).locator('[data-station-id="notebooks"] .focus-ring')).toHaveCSS(
    'display',
    'inline',
  );
  await expect(ring).toHaveCSS('display', 'none');
  // Only one station is a tab stop at a time (roving focus), and it followed.
  await expect(map(page).locator('[data-station-id][tabindex="0"]')).toHaveCount(1);
  await expect(map(page).locator('[data-station-id="notebooks"]')).toHaveAttribute('tabindex', '0');

  await page.keyboard.press('Enter');
  const details = page.getByTestId('station-details');
  await expect(details).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Notebooks');
  // Escape closes the details again, focus stays on the station.
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  expect(await focusedStation(page)).toBe('notebooks');
});

test('every arrow move follows a track: walking never jumps to an unconnected station', async ({
  page,
}) => {
  await openApp(page);
  await map(page).locator('[data-station-id="training"]').focus();
  const seen = new Set<string>();
  for (const key of [
    'ArrowUp',
    'ArrowRight',
    'ArrowDown',
    'ArrowLeft',
    'ArrowDown',
    'ArrowRight',
  ]) {
    const before = await focusedStation(page);
    await page.keyboard.press(key);
    const after = await focusedStation(page);
    expect(after).not.toBeNull();
    if (after && after !== before) seen.add(after);
  }
  expect(seen.size).toBeGreaterThan(0);
});

test('"/" focuses the search; a fuzzy query finds the station and focuses it', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  const search = page.getByTestId('station-search');
  await expect(search).toBeFocused();
  await page.keyboard.type('ftst');
  const results = page.getByRole('listbox', { name: 'Matching stations' });
  await expect(results.getByRole('option').first()).toHaveText('Feature store');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('station-details').getByRole('heading', { level: 2 })).toHaveText(
    'Feature store',
  );
  await expect.poll(() => focusedStation(page)).toBe('feature-store');
});

test('"?" lists the shortcuts in a dialog; Escape closes it', async ({ page }) => {
  await openApp(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Search for a station');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('zooming in with + keeps the focused station in view, clear of the header', async ({
  page,
}) => {
  await openApp(page);
  const station = map(page).locator('[data-station-id="sources"]');
  await station.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect(async () => {
    const box = await station.boundingBox();
    const view = await map(page).boundingBox();
    const header = await page.locator('.stage-header').boundingBox();
    if (!box || !view || !header) throw new Error('not drawn');
    expect(box.x).toBeGreaterThanOrEqual(view.x);
    expect(box.x + box.width).toBeLessThanOrEqual(view.x + view.width);
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
  }).toPass();
  expect(await focusedStation(page)).toBe('sources');
});

test('an arrow with no station that way says so', async ({ page }) => {
  await openApp(page);
  await map(page).locator('[data-station-id="sources"]').focus();
  await page.keyboard.press('ArrowLeft');
  expect(await focusedStation(page)).toBe('sources');
  await expect(page.getByTestId('map-status')).toHaveText('No station to the west of Data sources');
});
