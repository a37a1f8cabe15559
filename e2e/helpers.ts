import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

export const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

export const map = (page: Page) => page.locator('svg[data-testid="transit-map"]');

/** Opens the app on the default map and waits until it is drawn. */
export async function openApp(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible();
}

/** Opens a file through the file input, as a user would with the picker. */
export async function openFile(page: Page, name: string, contents: string | Buffer) {
  const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/yaml', buffer });
}

/** Drops a file onto the page, as a user would from their desktop. */
export async function dropFile(page: Page, name: string, contents: string) {
  const transfer = await page.evaluateHandle(
    ({ name, contents }) => {
      const data = new DataTransfer();
      data.items.add(new File([contents], name, { type: 'application/yaml' }));
      return data;
    },
    { name, contents },
  );
  const target = page.locator('.app');
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

export async function distinctLineIds(page: Page): Promise<string[]> {
  const ids = await map(page)
    .locator('path[data-line-id]')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-line-id') ?? ''));
  return [...new Set(ids)].sort();
}

/**
 * A station's centre on screen once the map stands still (no layout or zoom in progress):
 * where a drag or a click should start.
 */
export async function stillCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const centre = async () => {
    const box = await map(page).locator(`[data-station-id="${id}"]`).boundingBox();
    if (!box) throw new Error(`station ${id} is not on screen`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  let from = await centre();
  await expect
    .poll(
      async () => {
        const now = await centre();
        const still = now.x === from.x && now.y === from.y;
        from = now;
        return still;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return from;
}

export interface StoredRecord {
  readonly revision: number;
  readonly value: Record<string, unknown>;
}

/** The autosave's records in IndexedDB, by key, as the page sees them ({} before any). */
export const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, StoredRecord>>((resolve, reject) => {
        const open = indexedDB.open('mlops-transit-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('documents')) return resolve({});
          const all = db.transaction('documents').objectStore('documents').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const rows = all.result as (StoredRecord & { key: string })[];
            resolve(Object.fromEntries(rows.map((r) => [r.key, r])));
          };
        };
      }),
  );

/** Each stored record's revision, by key. */
export const storedRevisions = async (page: Page): Promise<Record<string, number>> =>
  Object.fromEntries(
    Object.entries(await storedRecords(page)).map(([key, r]) => [key, r.revision]),
  );

/** The autosaved view (kept in localStorage), or null before the first save. */
export const storedView = (page: Page) =>
  page.evaluate((): Record<string, unknown> | null =>
    JSON.parse(localStorage.getItem('mlops-transit-map:view') ?? 'null'),
  );

/** Opens the YAML editor, if it is not open. */
export async function openEditor(page: Page) {
  if ((await page.getByTestId('editor-panel').count()) === 0)
    await page.getByTestId('edit-yaml').click();
  await expect(page.locator('.cm-content')).toBeVisible();
}

/**
 * Opens the editor and finds `text` there as a user would (the editor's search), leaving the
 * cursor at the end of the line it is on.
 */
export async function goToLine(page: Page, text: string) {
  await openEditor(page);
  await page.locator('.cm-content').focus();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill('');
  await field.pressSequentially(text);
  await field.press('Enter');
  await field.press('Escape');
  await page.keyboard.press('End');
}

/** Retitles the default map in the editor, as a user would: find the line, type over it. */
export async function retitle(page: Page, title: string) {
  await goToLine(page, 'title: ');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(`title: ${title}`);
}

/** A new tab of the app in `context` (sharing its storage), on the default map, drawn. */
export async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
  return page;
}
