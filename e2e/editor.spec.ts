import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, map, openFile, stillCentre, storedRecords, storedView } from './helpers.ts';

// Every edit waits for a fresh layout in the worker; on a busy machine that takes a while.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const DEFAULT_SOURCE = readFileSync('maps/ml-system.yaml', 'utf8');
const station = (page: Page, id: string) => map(page).locator(`[data-station-id="${id}"]`);
const label = (page: Page, id: string) => map(page).locator(`text[data-label-for="${id}"]`);

/** Opens the app and waits for the map (the first layout may be slow on a busy machine). */
async function openApp(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
}

async function openEditor(page: Page) {
  await page.getByTestId('edit-yaml').click();
  await expect(page.locator('.cm-content')).toBeVisible();
}

/** Selects the first match of `text` in the editor, as a user would with Ctrl+F. */
async function find(page: Page, text: string) {
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
}

/** The map's YAML as the user would save it ("Save .yaml"). */
async function savedText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('save-yaml').click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8');
}

/** The station's centre in map units (independent of zoom and of the viewBox). */
async function mapCentre(page: Page, id: string) {
  return station(page, id).evaluate((g) => {
    const b = (g as SVGGraphicsElement).getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  });
}

async function centre(page: Page, id: string) {
  const box = await station(page, id).boundingBox();
  if (!box) throw new Error(`station ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks a station where it is drawn, as a user would. */
async function clickStation(page: Page, id: string) {
  const at = await centre(page, id);
  await page.mouse.click(at.x, at.y);
}

async function dragStation(page: Page, id: string, dx: number, dy: number) {
  const from = await stillCentre(page, id);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + (dx * i) / 5, from.y + (dy * i) / 5);
  await expect(map(page).getByTestId('drag-ghost')).toBeVisible();
  await page.mouse.up();
}

test('typing a new station and a stop into the editor puts it on the map', async ({ page }) => {
  await openApp(page);
  await openEditor(page);
  await find(page, 'outcomes, streaming');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.insertText(', audit-log');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('  - id: audit-log\n    label: Audit log\n    zone: operations\n');
  await expect(station(page, 'audit-log')).toBeVisible();
  await expect(label(page, 'audit-log')).toHaveText('Audit log');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(31);
  await expect(page.getByTestId('editor-status')).toContainText('follows the text');
});

test('an error in the text shows a diagnostic on its line, and the map stays', async ({ page }) => {
  await openApp(page);
  const before = await map(page)
    .locator('path[data-line-id="discovery"]')
    .first()
    .getAttribute('d');
  await openEditor(page);
  await find(page, 'stops: [problem');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.insertText(', nowhere');
  const problems = page.getByTestId('problems');
  await expect(problems.locator('li').first()).toContainText(
    'line "discovery" stops at unknown station "nowhere"',
  );
  await expect(problems.locator('li').first()).toContainText('line 42,');
  const marked = page.locator('.cm-line', { hasText: 'nowhere' }).locator('.cm-lintRange-error');
  await expect(marked).toHaveText('nowhere');
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);
  await expect(page.getByTestId('editor-status')).toContainText('1 error');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
  await expect(map(page).locator('[data-station-id="nowhere"]')).toHaveCount(0);
  expect(await map(page).locator('path[data-line-id="discovery"]').first().getAttribute('d')).toBe(
    before,
  );
});

test('dragging a station pins it: its position goes into the YAML, comments intact', async ({
  page,
}) => {
  await openApp(page);
  const before = await mapCentre(page, 'monitoring');
  await dragStation(page, 'monitoring', 0, 160);
  await expect
    .poll(async () => (await mapCentre(page, 'monitoring')).y)
    .toBeGreaterThan(before.y + 80);
  await openEditor(page);
  const text = await savedText(page);
  const added = text.split('\n').filter((l) => !DEFAULT_SOURCE.split('\n').includes(l));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(/^ {4}position: \{ x: -?\d+, y: -?\d+ \}$/);
  expect(text.replace(`${added[0]}\n`, '')).toBe(DEFAULT_SOURCE);
  expect(text).toMatch(/id: monitoring\n(?: {4}.*\n)*? {4}position:/);
  // The details panel offers to unpin it; unpinning removes the line again.
  await clickStation(page, 'monitoring');
  await expect(page.getByTestId('pin-status')).toContainText('Pinned at');
  await page.getByTestId('unpin').click();
  await expect(page.getByTestId('pin-status')).toHaveCount(0);
  expect(await savedText(page)).toBe(DEFAULT_SOURCE);
});

test('a click on a station still selects it, and dragging the background still pans', async ({
  page,
}) => {
  await openApp(page);
  await clickStation(page, 'serving');
  await expect(page.getByTestId('station-details')).toContainText('Online serving');
  const before = await centre(page, 'serving');
  const box = await map(page).boundingBox();
  if (!box) throw new Error('no map');
  // From the map's right margin, halfway down: background, clear of the header at the top
  // and the map's key at the bottom.
  await page.mouse.move(box.x + box.width - 8, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 68, box.y + box.height / 2 - 30, { steps: 5 });
  await page.mouse.up();
  const after = await centre(page, 'serving');
  expect(after.x - before.x).toBeCloseTo(-60, -1);
});

test('a reload restores the edited document, the view (zoom and pan too) and the overlay', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('[data-testid="solution-toggle"][data-solution-id="kubeflow"]').check();
  await openEditor(page);
  await find(page, 'label: Online serving');
  await page.keyboard.insertText('label: Live serving');
  // With the editor open the map's names are below a legible size at Fit, so hidden: the
  // station's accessible name shows the edit.
  await expect(station(page, 'serving')).toHaveAttribute('aria-label', /^Live serving/);
  await clickStation(page, 'serving');
  // Zoom in with the wheel and pan by dragging the background, as a user would.
  const box = await map(page).boundingBox();
  if (!box) throw new Error('the map is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.mouse.move(box.x + 12, box.y + 12);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + 12 + 16 * i, box.y + 12 + 9 * i);
  await page.mouse.up();
  const zoomed = map(page).locator(':scope > g').first();
  let view = '';
  await expect
    .poll(async () => {
      const now = (await zoomed.getAttribute('transform')) ?? '';
      const still = now === view;
      view = now;
      return still;
    })
    .toBe(true);
  expect(view).toMatch(/^translate\(-?[\d.]+,-?[\d.]+\) scale\(1\.[\d]+\)$/);
  // Saved: the edited map (IndexedDB) and the view with this zoom and the station (localStorage).
  const [, tx, ty, k] = /^translate\((.+),(.+)\) scale\((.+)\)$/.exec(view) ?? [];
  await expect
    .poll(async () => (await storedRecords(page))['map:ml-system']?.value['source'])
    .toContain('label: Live serving');
  await expect
    .poll(async () => {
      const saved = await storedView(page);
      const zoom = saved?.['zoom'] as { k: number; x: number; y: number } | null | undefined;
      return zoom && [zoom.x, zoom.y, zoom.k].map((n) => n.toFixed(2)).join(' ');
    })
    .toBe([tx, ty, k].map((n) => Number(n).toFixed(2)).join(' '));
  await page.goto('/'); // no hash: everything comes back from the autosave
  await expect(label(page, 'serving')).toHaveText('Live serving');
  await expect(zoomed).toHaveAttribute('transform', view);
  await expect(page.getByTestId('station-details')).toContainText('Live serving');
  expect(await savedText(page)).toContain('label: Live serving');
  await expect(
    page.locator('[data-testid="solution-toggle"][data-solution-id="kubeflow"]'),
  ).toBeChecked();
  await expect(station(page, 'serving')).toHaveAttribute('data-covered-by', /kubeflow/);
});

test('undo and redo cover a text edit and a drag alike', async ({ page }) => {
  await openApp(page);
  await openEditor(page);
  await find(page, 'label: Online serving');
  await page.keyboard.insertText('label: Live serving');
  await expect(label(page, 'serving')).toHaveText('Live serving');
  await page.keyboard.press('Control+z');
  await expect(label(page, 'serving')).toHaveText('Online serving');
  await expect(page.locator('.cm-content')).not.toContainText('Live serving');
  await page.keyboard.press('Control+Shift+Z');
  await expect(label(page, 'serving')).toHaveText('Live serving');

  const before = await mapCentre(page, 'monitoring');
  await dragStation(page, 'monitoring', 0, 160);
  await expect
    .poll(async () => (await mapCentre(page, 'monitoring')).y)
    .toBeGreaterThan(before.y + 80);
  await page.locator('body').press('Control+z');
  await expect.poll(async () => (await mapCentre(page, 'monitoring')).y).toBeCloseTo(before.y, 0);
  expect(await savedText(page)).not.toMatch(/position:/);
  await expect(label(page, 'serving')).toHaveText('Live serving');
  await page.getByTestId('undo').click();
  await expect(label(page, 'serving')).toHaveText('Online serving');
});

test('a new map from the template, and opening over unsaved edits asks first', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('new-map').click();
  await expect(page.getByTestId('map-picker')).toHaveValue('my-map');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5);
  await find(page, 'label: Serving');
  await page.keyboard.insertText('label: Inference');
  await expect(label(page, 'serving')).toHaveText('Inference');
  await openFile(page, 'small-map.yaml', fixture('small-map.yaml'));
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText('not saved to a file');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('map-picker')).toHaveValue('my-map');
  await openFile(page, 'small-map.yaml', fixture('small-map.yaml'));
  await page.getByTestId('confirm-accept').click();
  await expect(page.getByTestId('map-picker')).toHaveValue('small');
});

test('#src opens a map from an address, with clear errors for what is not one', async ({
  page,
}) => {
  const small = fixture('small-map.yaml').toString();
  await page.route('**/remote/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'small.yaml') return route.fulfill({ body: small, contentType: 'text/yaml' });
    if (name === 'page.yaml')
      return route.fulfill({ body: '<!doctype html><p>hi', contentType: 'text/html' });
    if (name === 'huge.yaml')
      return route.fulfill({ body: `# ${'x'.repeat(1100 * 1024)}\n`, contentType: 'text/yaml' });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await openApp(page, '#src=remote/small.yaml');
  await expect(page.getByTestId('map-picker')).toHaveValue('small');
  for (const [name, message] of [
    ['missing.yaml', /404 Not Found/],
    ['page.yaml', /web page \(HTML\)/],
    ['huge.yaml', /too large/],
  ] as const) {
    await page.goto(`/#src=remote/${name}`);
    await expect(page.getByTestId('problems')).toContainText(message);
  }
});

test('a failed autosave shows a warning', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await openEditor(page);
  await find(page, 'label: Online serving');
  await page.keyboard.insertText('label: Live serving');
  await expect(page.getByTestId('save-warning')).toContainText('not being saved in this browser');
  await expect(page.getByTestId('save-warning')).toContainText('storage for this site is full');
});

test('a damaged autosave is set aside with a message, never a crash', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('mlops-transit-map:autosave', '{"version": 1, "documents": [');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openApp(page);
  await expect(page.getByTestId('restore-notice')).toContainText('could not be restored');
  expect(
    await page.evaluate(() => localStorage.getItem('mlops-transit-map:autosave:set-aside')),
  ).toContain('"version": 1');
});

test('the map follows every keystroke of a label edit, none lost', async ({ page }) => {
  // Speed is the browser bench's to measure (bench/browser-cases.ts, editorKeystrokes); this
  // checks that each keystroke, typed at a pace, reaches the map and the last one stays.
  await openApp(page);
  await openEditor(page);
  await find(page, 'label: Online serving');
  await page.keyboard.press('End');
  // A long label may wrap onto two lines (tspans): compare the text without spaces.
  const shown = () =>
    expect.poll(async () => (await label(page, 'serving').textContent())?.replace(/\s/g, ''));
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.type('!');
    await shown().toBe(`Onlineserving${'!'.repeat(i)}`);
  }
  await page.keyboard.type('abc', { delay: 20 });
  await shown().toBe('Onlineserving!!!!!abc');
  expect(await savedText(page)).toContain('label: Online serving!!!!!abc');
});
