// The dark theme: fare zones stand out from the ground, and a "Saved …" note covers no
// control and goes by itself after a few seconds.
import { expect, test } from '@playwright/test';
import { contrastRatio } from '../src/render/contrast.ts';
import { map, openApp } from './helpers.ts';

test.use({ colorScheme: 'dark' });

test('dark theme: zones at least 1.4:1 against the background', async ({ page }) => {
  await openApp(page);
  const fills = await map(page)
    .locator('[data-zone-id] path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill') ?? ''));
  expect(fills.length).toBeGreaterThanOrEqual(4);
  const background = '#16181d';
  for (const fill of fills)
    expect(contrastRatio(fill, background), fill).toBeGreaterThanOrEqual(1.4);
});

test('a "Saved" note covers no control and leaves within a few seconds', async ({ page }) => {
  await openApp(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-yaml').click();
  await download;
  const note = page.getByTestId('export-message');
  await expect(note).toBeVisible();
  const covered = await note.evaluate((el) => {
    const n = el.getBoundingClientRect();
    return [...document.querySelectorAll('button, select, input, label.button')]
      .filter((c) => !el.contains(c) && c.getClientRects().length > 0)
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom;
      })
      .map((c) => c.textContent?.trim() || c.getAttribute('aria-label') || c.tagName);
  });
  expect(covered).toEqual([]);
  await expect(note).toBeHidden({ timeout: 5_000 });
});
