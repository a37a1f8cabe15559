// Clicking a gap flies to the station and opens its details: the station and its name land
// in the part of the map that no panel (details, search, toolbar) covers.
import { expect, test } from '@playwright/test';
import { map, openApp } from './helpers.ts';

test('a gap flown to lands clear of the details panel and the search box', async ({ page }) => {
  await openApp(page, '#map=ml-system&solutions=mlflow');
  const gaps = page.locator('[data-testid="gap-list"] [data-station-id]');
  // The overlay's panel fills in a frame after the map: wait for its gaps, not a fixed time.
  await expect.poll(() => gaps.count()).toBeGreaterThan(3);
  const ids = await gaps.evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-station-id') ?? ''),
  );
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids.slice(0, 4)) {
    await page.locator(`[data-testid="gap-list"] [data-station-id="${id}"]`).click();
    await expect(page.getByTestId('station-details').or(page.locator('.details'))).toBeVisible();
    await expect(async () => {
      const clash = await page.evaluate((id) => {
        const boxes = [
          document.querySelector(`svg[data-testid="transit-map"] [data-station-id="${id}"]`),
          document.querySelector(`svg[data-testid="transit-map"] text[data-label-for="${id}"]`),
        ].map((el) => el?.getBoundingClientRect());
        const view = document
          .querySelector('svg[data-testid="transit-map"]')
          ?.getBoundingClientRect();
        const panels = [...document.querySelectorAll('.details, .toolbar-a11y, .map-title')].map(
          (el) => el.getBoundingClientRect(),
        );
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        if (!view || boxes.some((b) => !b)) return ['not drawn'];
        return boxes.flatMap((b, i) => {
          if (!b) return [];
          const what = i === 0 ? 'marker' : 'label';
          const out =
            b.left < view.left ||
            b.right > view.right ||
            b.top < view.top ||
            b.bottom > view.bottom;
          return [
            ...(out ? [`${what} outside the map`] : []),
            ...panels.filter((p) => hit(b, p)).map(() => `${what} under a panel`),
          ];
        });
      }, id);
      expect(clash, id).toEqual([]);
    }).toPass({ timeout: 5_000 });
  }
  await expect(map(page)).toBeVisible();
});

test.describe('on a phone, where the details are a bottom sheet', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a gap flown to lands below the header and above the sheet, its name legible', async ({
    page,
  }) => {
    await openApp(page, '#map=ml-system&solutions=mlflow');
    for (const n of [0, 1, 2]) {
      // The gap list is in the drawer; choosing a gap closes it and flies to the station.
      await page.getByTestId('drawer-toggle').tap();
      const gaps = page.locator('[data-testid="gap-list"] [data-station-id]');
      await expect.poll(() => gaps.count()).toBeGreaterThan(3);
      const id = (await gaps.nth(n).getAttribute('data-station-id')) ?? '';
      await gaps.nth(n).tap();
      await expect(page.getByTestId('drawer-toggle')).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.details')).toBeVisible();
      await expect(async () => {
        const clash = await page.evaluate((id) => {
          const svg = document.querySelector('svg[data-testid="transit-map"]');
          const marker = svg?.querySelector(`[data-station-id="${id}"]`);
          const label = svg?.querySelector<SVGTextElement>(`text[data-label-for="${id}"]`);
          const sheet = document.querySelector('.details')?.getBoundingClientRect();
          const view = svg?.getBoundingClientRect();
          if (!marker || !label || !sheet || !view) return ['not drawn'];
          const top = Math.max(
            view.top,
            ...[...document.querySelectorAll('.stage-header > *')].map(
              (el) => el.getBoundingClientRect().bottom,
            ),
          );
          const font = Number(label.getAttribute('font-size')) * (label.getScreenCTM()?.a ?? 0);
          return [marker, label].flatMap((el, i) => {
            const b = el.getBoundingClientRect();
            const what = i === 0 ? 'marker' : 'label';
            return [
              ...(b.top < top ? [`${what} under the header`] : []),
              ...(b.bottom > sheet.top ? [`${what} under the sheet`] : []),
              ...(b.left < view.left || b.right > view.right ? [`${what} off the side`] : []),
              ...(i === 1 && font < 9 ? [`label ${font.toFixed(1)} px`] : []),
            ];
          });
        }, id);
        expect(clash, id).toEqual([]);
      }).toPass({ timeout: 5_000 });
    }
  });
});
