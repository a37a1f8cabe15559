import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map } from './helpers.ts';

/**
 * Opens the app and waits until the map is drawn. Like helpers.ts's openApp, with more
 * patience: the layout runs in a worker and takes seconds on a busy machine.
 */
export async function openDrawnApp(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 45_000 });
}
