// A dense map within the limits (400 stations, 150 lines of 40 stops): progress shows at
// once, Cancel goes back to the map on screen, and opened again it is drawn within the
// layout's time limit, plainly, with a note saying so.
import { expect, test } from '@playwright/test';
import { map, openApp, openFile } from './helpers.ts';

test.describe.configure({ timeout: 180_000 });

/** The dense map, from a seeded generator (the same text every run). */
function denseMap(): string {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out = ['kind: map', 'id: dense', 'title: Dense map', 'lines:'];
  for (let l = 0; l < 150; l++) {
    const stops = new Set<number>();
    while (stops.size < 40) stops.add(Math.floor(random() * 400));
    const list = [...stops].map((k) => `s${k}`).join(', ');
    out.push(`  - { id: l${l}, label: Line ${l}, color: "#336699", stops: [${list}] }`);
  }
  out.push('stations:');
  for (let i = 0; i < 400; i++) out.push(`  - { id: s${i}, label: Station ${i} }`);
  return `${out.join('\n')}\n`;
}

test('a dense map: progress at once, Cancel keeps the map on screen, then it draws in time', async ({
  page,
}) => {
  await openApp(page);
  const opened = Date.now();
  await openFile(page, 'dense.yaml', denseMap());
  const progress = page.getByTestId('layout-progress');
  await expect(progress).toContainText('Laying out 400 stations', { timeout: 5_000 });
  console.log(`big map: progress shown ${Date.now() - opened} ms after the file was given`);
  // The map on screen is still the default one, and says so.
  await expect(page.locator('.map-title')).toHaveText('A typical machine learning system');
  await page.getByTestId('layout-cancel').click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId('map-picker')).toHaveValue('ml-system');
  await expect(page.locator('.map-title')).toHaveText('A typical machine learning system');
  await expect(map(page).locator('text[data-label-for="feature-store"]')).toHaveText(
    'Feature store',
  );
  await expect(page.getByTestId('layout-error')).toHaveCount(0);

  // Chosen again, it is laid out afresh and drawn, plainly, with the time limit's note.
  const again = Date.now();
  await page.getByTestId('map-picker').selectOption('dense');
  await expect(progress).toBeVisible();
  await expect(map(page).locator('[data-station-id="s399"]').first()).toBeAttached({
    timeout: 120_000,
  });
  console.log(`big map: drawn ${Date.now() - again} ms after it was chosen again`);
  await expect(page.locator('.map-title')).toHaveText('Dense map');
  await expect(page.getByTestId('layout-error')).toHaveCount(0);
  await expect(page.locator('body')).toContainText('the layout reached its time limit');
});
