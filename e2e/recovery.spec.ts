// Nothing is lost: an unexpected error shows the recovery screen with the map's YAML and a
// download of it; a damaged, old or huge autosave never stops the app from starting.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import { map } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const SAVE_KEY = 'mlops-transit-map:autosave';

test('a crash while rendering shows the recovery screen, which keeps the YAML', async ({
  page,
}) => {
  await page.goto('/#debug-crash');
  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('Something went wrong');
  await expect(page.getByTestId('recovery-source')).toHaveValue(/kind: map/);
  const download = page.waitForEvent('download');
  await page.getByTestId('recovery-download').first().click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('id: ml-system');
  await page.getByTestId('recovery-reload').click();
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
  expect(page.url()).not.toContain('debug-crash');
});

const BAD_SAVES: [string, string][] = [
  ['garbage', 'not json at all {{{'],
  ['a JSON string', '"hello"'],
  ['null', 'null'],
  ['an array', '[1, 2, 3]'],
  ['no version', '{"documents": []}'],
  ['an old version', '{"version": 0, "maps": {"a": "kind: map"}}'],
  ['a future version', '{"version": 99, "documents": []}'],
  [
    'wrong shapes inside',
    '{"version": 1, "savedAt": "x", "documents": [42, {"name": 1}], "solutions": [{"__proto__": {"polluted": 1}}], "view": {"currentMapId": "ml-system", "selectedSolutions": [], "selectedStation": null, "editorOpen": false}}',
  ],
  [
    'hostile YAML inside',
    `{"version": 1, "savedAt": "x", "documents": [{"name": "x", "origin": "file", "mapId": "x", "source": ${JSON.stringify('['.repeat(20000))}}], "solutions": [], "view": {"currentMapId": "x", "selectedSolutions": [], "selectedStation": null, "editorOpen": false}}`,
  ],
  ['a huge value', `"${'x'.repeat(3 * 1024 * 1024)}"`],
];

for (const [what, value] of BAD_SAVES) {
  test(`an autosave that is ${what} never stops the app from starting`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(
      ({ key, value }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        try {
          localStorage.setItem(key, value);
        } catch {
          // Over the quota: the app starts without it, which is what is tested.
        }
      },
      { key: SAVE_KEY, value },
    );
    await page.goto('/');
    await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
    await expect(page.getByTestId('map-picker')).toHaveValue('ml-system');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'polluted',
    );
  });
}
