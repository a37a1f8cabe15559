// With the editor open on a laptop screen, the map keeps at least half the width: the side
// panel folds away (Panels brings it back) and the split is resizable and remembered.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, openApp } from './helpers.ts';

/** The map's width on screen, less whatever panel lies over it. */
const visibleMapWidth = (page: Page) =>
  map(page).evaluate((svg) => {
    const r = svg.getBoundingClientRect();
    let left = Math.max(0, r.left);
    let right = Math.min(window.innerWidth, r.right);
    for (const el of document.querySelectorAll('.editor-panel, .side, .details')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.right <= left || b.left >= right) continue;
      if (b.left <= left) left = Math.max(left, b.right);
      else right = Math.min(right, b.left);
    }
    return Math.max(0, right - left);
  });

test('1280×800, editor open: the map keeps 640 px or more; the split is resizable and remembered', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('edit-yaml').click();
  await expect(page.locator('.cm-content')).toBeVisible();
  expect(await visibleMapWidth(page)).toBeGreaterThanOrEqual(640);
  await expect(page.locator('.side')).toBeHidden();
  // The side panel is one click away, over the map.
  await page.getByTestId('drawer-toggle').click();
  await expect(page.locator('[data-testid="solution-toggle"]').first()).toBeVisible();
  await page.getByTestId('drawer-toggle').click();
  await expect(page.locator('.side')).toBeHidden();

  const splitter = page.getByTestId('editor-splitter');
  const editor = page.getByTestId('editor-panel');
  const before = (await editor.boundingBox())?.width ?? 0;
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await editor.boundingBox())?.width).toBe(before - 40);
  // Dragged as wide as it goes, it stops at half the window.
  const box = await splitter.boundingBox();
  if (!box) throw new Error('no splitter');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 600, box.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await editor.boundingBox())?.width).toBe(640);
  expect(await visibleMapWidth(page)).toBeGreaterThanOrEqual(640);
  await splitter.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await editor.boundingBox())?.width).toBe(260);

  await page.reload();
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible();
  // The editor may come back open with the restored session; open it if not.
  if (!(await editor.isVisible())) await page.getByTestId('edit-yaml').click();
  await expect.poll(async () => (await editor.boundingBox())?.width).toBe(260);
});
