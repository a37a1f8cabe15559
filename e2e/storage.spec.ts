// Where the work is kept: the old single-blob autosave in localStorage is moved, once and
// losing nothing, into IndexedDB (the old key goes only once the new store holds it all);
// storage that is full or missing is said once, with "Save .yaml", and editing goes on.
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixture, goToLine, map, storedRecords } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const OLD_KEY = 'mlops-transit-map:autosave';
const DEFAULT_SOURCE = readFileSync('maps/ml-system.yaml', 'utf8');
const SMALL = fixture('small-map.yaml').toString();

/** A save as the app wrote it before documents moved to IndexedDB (version 2). */
const OLD_SAVE = JSON.stringify({
  version: 2,
  savedAt: '2026-11-30T10:00:00.000Z',
  documents: [
    { name: 'small-map.yaml', origin: 'file', mapId: 'small', source: SMALL },
    {
      name: 'maps/ml-system.yaml',
      origin: 'bundled',
      mapId: 'ml-system',
      source: DEFAULT_SOURCE.replace(
        'title: A typical machine learning system',
        'title: Our ML system',
      ),
      savedSource: DEFAULT_SOURCE,
    },
  ],
  solutions: [
    { kind: 'solution', id: 'tiny-tool', name: 'Tiny tool', map: 'small', covers: ['a', 'b'] },
  ],
  requirements: [],
  view: {
    currentMapId: 'small',
    selectedSolutions: ['tiny-tool'],
    activeRequirements: {},
    selectedStation: 'b',
    editorOpen: false,
    zoom: null,
  },
});

const picker = (page: Page) => page.getByTestId('map-picker');
const option = (page: Page, id: string) => picker(page).locator(`option[value="${id}"]`);
// With the editor open the names at Fit are under 9 px and hidden: the station's accessible
// name carries the edit.
const named = (page: Page, id: string) => map(page).locator(`[data-station-id="${id}"]`);

async function openApp(page: Page) {
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
}

const storedKeys = async (page: Page) => Object.keys(await storedRecords(page)).sort();

const oldSave = (page: Page) => page.evaluate((key) => localStorage.getItem(key), OLD_KEY);

/** Everything the old save held is on screen: both documents, the tool, the view. */
async function expectEverythingBack(page: Page) {
  await expect(picker(page)).toHaveValue('small');
  await expect(option(page, 'ml-system')).toHaveText('Our ML system');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5);
  await expect(
    page.locator('[data-testid="solution-toggle"][data-solution-id="tiny-tool"]'),
  ).toBeChecked();
  await expect(page.getByTestId('station-details')).toContainText('Bravo');
}

/** Seeds the old autosave once per page (a reload keeps what the app then did with it). */
const seedOldSave = (page: Page) =>
  page.addInitScript(
    ({ key, value }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    },
    { key: OLD_KEY, value: OLD_SAVE },
  );

test('the old localStorage autosave moves into IndexedDB once, losing nothing', async ({
  page,
}) => {
  await seedOldSave(page);
  await openApp(page);
  await expectEverythingBack(page);
  await expect.poll(() => oldSave(page)).toBeNull();
  expect(await storedKeys(page)).toEqual([
    'map:ml-system',
    'map:small',
    'solution:small/tiny-tool',
  ]);
  await expect(page.getByTestId('restore-notice')).toHaveCount(0);
  // From now on it all comes from the new store.
  await page.reload();
  await expectEverythingBack(page);
  expect(await oldSave(page)).toBeNull();
});

test('while IndexedDB cannot take it, the old save is kept and still restored', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await seedOldSave(first);
  await first.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(first);
  await expectEverythingBack(first);
  expect(await storedKeys(first)).toEqual([]);
  expect(await oldSave(first)).toBe(OLD_SAVE);
  await first.close();
  // The next start, with storage working again, moves it.
  const next = await context.newPage();
  await openApp(next);
  await expectEverythingBack(next);
  await expect.poll(() => oldSave(next)).toBeNull();
  expect(await storedKeys(next)).toEqual([
    'map:ml-system',
    'map:small',
    'solution:small/tiny-tool',
  ]);
  await context.close();
});

async function editServing(page: Page, text: string) {
  await goToLine(page, 'label: Online serving');
  await page.keyboard.insertText(text);
}

test('storage full: said once, with Save .yaml; typing goes on in memory', async ({ page }) => {
  await page.addInitScript(() => {
    const failures = { count: 0 };
    (window as unknown as { failures: typeof failures }).failures = failures;
    const full = () => {
      failures.count++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
    Storage.prototype.setItem = full;
  });
  const failures = () =>
    page.evaluate(() => (window as unknown as { failures: { count: number } }).failures.count);
  await openApp(page);
  await editServing(page, ' one');
  await expect(named(page, 'serving')).toHaveAttribute('aria-label', /^Online serving one\b/);
  const warning = page.getByTestId('save-warning');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('storage for this site is full');
  await expect(warning).toContainText('You can go on editing');
  const download = page.waitForEvent('download');
  await warning.getByTestId('save-warning-download').click();
  const saved = readFileSync(await (await download).path(), 'utf8');
  expect(saved).toContain('label: Online serving one');
  await warning.getByRole('button', { name: 'OK' }).click();
  await expect(warning).toHaveCount(0);
  // More typing: the map follows, each save fails again, and nothing more is said.
  const before = await failures();
  await editServing(page, ' two');
  await expect(named(page, 'serving')).toHaveAttribute('aria-label', /^Online serving one two\b/);
  await expect.poll(failures).toBeGreaterThan(before);
  await expect(warning).toHaveCount(0);
});

test('no IndexedDB at all (a browser that blocks it): said once; the map still opens and edits', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await expect(page.getByTestId('save-warning')).toHaveCount(0); // nothing to lose yet
  await editServing(page, ' here');
  await expect(named(page, 'serving')).toHaveAttribute('aria-label', /^Online serving here\b/);
  await expect(page.getByTestId('save-warning')).toContainText('does not allow');
  await page.getByTestId('new-map').click();
  await expect(picker(page)).toHaveValue('my-map');
  await expect(page.getByTestId('save-warning')).toHaveCount(1);
  expect(errors).toEqual([]);
});
