// A phone (390×844): nothing sticks out sideways, and every header control is on screen.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('390×844: no sideways overflow, every header control inside the viewport', async ({
  page,
}) => {
  await openApp(page);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(innerWidth).toBe(390);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('.toolbar, .stage-header')]
      .flatMap((bar) => [
        ...bar.querySelectorAll('button, select, input:not([type=file]), label.button'),
      ])
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight)
      .map(
        ({ el, r }) =>
          `${el.textContent?.trim() || el.getAttribute('aria-label')}: ${Math.round(r.left)}–${Math.round(r.right)}`,
      ),
  );
  expect(outside).toEqual([]);
  // The controls count: the map picker and the shortcuts button among them.
  await expect(page.getByTestId('map-picker')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('shortcuts')).toBeInViewport({ ratio: 1 });
});
