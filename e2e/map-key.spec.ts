// The map's key sits on the map, whole on screen at 1280×800, collapsible (remembered across
// reloads), and Fit keeps every station clear of it.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, openApp } from './helpers.ts';

const key = (page: Page) => page.getByTestId('map-key');

/**
 * Opens a bundled map and waits for it to be drawn, its labels settled (the workflow map's
 * first station is an upright capsule, zero pixels wide, which openApp would wait on).
 */
async function openMap(page: Page, hash: string, title: RegExp) {
  await page.goto(`/${hash}`);
  await expect(map(page)).toHaveAttribute('aria-label', title);
  await expect(map(page)).toHaveAttribute('data-labels', /shown|hidden/);
}
const toggle = (page: Page) => page.getByTestId('map-key-toggle');

/** Stations (markers) and labels drawn under the key's box, once the view stands still. */
async function underKey(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="map-key"]')?.getBoundingClientRect();
    if (!box) return ['no key'];
    const svg = document.querySelector('svg[data-testid="transit-map"]');
    const drawn = [...(svg?.querySelectorAll('[data-station-id], text[data-label-for]') ?? [])];
    return drawn
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(
        ({ r }) =>
          r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom,
      )
      .map(
        ({ el }) =>
          el.getAttribute('data-station-id') ?? `label ${el.getAttribute('data-label-for')}`,
      );
  });
}

for (const [what, hash, title] of [
  ['the default map', '', /typical/],
  [
    'the default map with an overlay',
    '#map=ml-system&solutions=mlflow,kubeflow,evidently',
    /typical/,
  ],
  ['the workflow map', '#map=ml-workflow', /Who builds/],
] as const) {
  test(`1280×800, ${what}: the key is whole on screen and no station is under it at Fit`, async ({
    page,
  }) => {
    await openMap(page, hash, title);
    await expect(key(page)).toBeVisible();
    await expect(page.getByTestId('legend')).toContainText('Lines');
    if (hash.includes('solutions'))
      await expect(page.getByTestId('legend')).toContainText('Coverage');
    // Whole inside the viewport, the page not scrolled, nothing of the key scrolled away.
    await expect(key(page)).toBeInViewport({ ratio: 1 });
    const fits = await page.evaluate(() => {
      const body = document.getElementById('map-key-body');
      return {
        scrolled: window.scrollY,
        pageTaller: document.documentElement.scrollHeight > window.innerHeight,
        keyScrolls: body ? body.scrollHeight > body.clientHeight + 1 : true,
      };
    });
    expect(fits).toEqual({ scrolled: 0, pageTaller: false, keyScrolls: false });
    await expect.poll(() => underKey(page)).toEqual([]);
    // Moved away and fitted again: still clear.
    await map(page).hover();
    await page.mouse.wheel(0, -400);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(() => underKey(page)).toEqual([]);
  });
}

test('the key collapses and expands, by mouse and by keyboard, and is remembered', async ({
  page,
}) => {
  await openApp(page);
  const legend = page.getByTestId('legend');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle(page)).toHaveAttribute('aria-controls', 'map-key-body');
  const drawnHeight = () =>
    map(page).evaluate(
      (svg) => svg.querySelector(':scope > g')?.getBoundingClientRect().height ?? 0,
    );
  const openHeight = await drawnHeight();
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(legend).toBeHidden();
  // At Fit, the room the key gave back goes to the map.
  await expect.poll(drawnHeight).toBeGreaterThan(openHeight + 20);
  await page.reload();
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(legend).toBeHidden();
  // The keyboard: the toggle is a button reached by Tab, Enter and Space work it.
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(legend).toBeVisible();
  await expect(toggle(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(legend).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
});
