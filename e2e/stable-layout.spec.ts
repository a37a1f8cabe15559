// A drag moves one station: the others keep their places, on screen and after a reload; and
// "Save .yaml" with positions writes every station where it is drawn.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, stillCentre } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const station = (page: Page, id: string) => map(page).locator(`[data-station-id="${id}"]`);

/** Every station's centre in map units, by id. */
async function centres(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return map(page)
    .locator('[data-station-id]')
    .evaluateAll((nodes) => {
      // The first element of each station is its marker (others may be overlays of it).
      const out: Record<string, { x: number; y: number }> = {};
      for (const g of nodes) {
        const id = g.getAttribute('data-station-id') ?? '';
        const b = (g as SVGGraphicsElement).getBBox();
        if (id in out || b.width === 0) continue;
        out[id] = { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };
      }
      return out;
    });
}

/**
 * Drags a station to the first of `offsets` (screen px) whose grid point is free — the ghost
 * shows a cross over a taken one — and drops it there; returns the offset used.
 */
async function dragToFreeSpot(page: Page, id: string, offsets: readonly [number, number][]) {
  const from = await stillCentre(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const ghost = map(page).getByTestId('drag-ghost');
  for (const [dx, dy] of offsets) {
    for (let i = 1; i <= 4; i++)
      await page.mouse.move(from.x + (dx * i) / 4, from.y + (dy * i) / 4);
    await expect(ghost).toBeVisible();
    if ((await ghost.locator('path').count()) === 0) {
      await page.mouse.up();
      return [dx, dy];
    }
  }
  throw new Error(`no free spot near ${id}`);
}

const movedOthers = (
  a: Record<string, { x: number; y: number }>,
  b: Record<string, { x: number; y: number }>,
  except: string,
) =>
  Object.keys(a).filter((id) => id !== except && (a[id]?.x !== b[id]?.x || a[id]?.y !== b[id]?.y));

test('dragging a station keeps the others where they were, also after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await expect(station(page, 'monitoring')).toBeVisible({ timeout: 60_000 });
  const before = await centres(page);
  const offsets: [number, number][] = [];
  for (const d of [70, 100, 130, 160]) offsets.push([0, d], [d, 0], [0, -d], [-d, 0], [d, d]);
  await dragToFreeSpot(page, 'monitoring', offsets);
  await expect
    .poll(async () => {
      const now = (await centres(page))['monitoring'];
      const was = before['monitoring'];
      return Math.hypot((now?.x ?? 0) - (was?.x ?? 0), (now?.y ?? 0) - (was?.y ?? 0));
    })
    .toBeGreaterThan(40);
  const after = await centres(page);
  expect(movedOthers(before, after, 'monitoring').length).toBeLessThanOrEqual(3);
  // The picture is stored with the autosave and comes back after a reload, unchanged.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('mlops-transit-map:positions') !== null))
    .toBe(true);
  await page.reload();
  await expect(station(page, 'monitoring')).toHaveCount(1, { timeout: 60_000 });
  await expect.poll(async () => movedOthers(after, await centres(page), '')).toEqual([]);
});

test('Save .yaml with positions pins every station where it is drawn', async ({ page }) => {
  await page.goto('/');
  await expect(station(page, 'monitoring')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('edit-yaml').click();
  await page.getByTestId('save-with-positions').check();
  const download = page.waitForEvent('download');
  await page.getByTestId('save-yaml').click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text.match(/^ {4}position: \{ x: -?\d+, y: -?\d+ \}$/gm)).toHaveLength(30);
  expect(text).toContain('# yaml-language-server');
});
