// The last keystrokes before a reload or a closed tab are not lost, even when the page goes
// before its IndexedDB write completes: the page writes what it has not stored to a journal
// in localStorage as it is hidden, and the next start replays it (src/store/unsaved-journal.ts).
// Here the page's writes fail from some point on: what it has not stored when it is hidden is
// what a page torn down mid-write would lose.
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { map, openEditor, openTab, retitle, storedRevisions, storedView } from './helpers.ts';

test.describe.configure({ timeout: 150_000 });

const option = (page: Page) => page.getByTestId('map-picker').locator('option[value="ml-system"]');

/** A tab with the editor open, once its autosave has started (it stores the view first). */
async function openEditingTab(context: BrowserContext): Promise<Page> {
  const page = await openTab(context);
  await openEditor(page);
  await expect.poll(() => storedView(page), { timeout: 30_000 }).not.toBeNull();
  return page;
}

/** From now on this page's IndexedDB writes fail (its reads still work). */
const stallWrites = (page: Page) =>
  page.evaluate(() => {
    IDBObjectStore.prototype.put = function failed(): IDBRequest<IDBValidKey> {
      throw new DOMException('the page is going', 'AbortError');
    };
  });

const journals = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('mlops-transit-map:unsaved:')),
  );

test('an edit typed just before a reload is there after it, though its save never completed', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await openEditingTab(context);
  await stallWrites(page);
  await retitle(page, 'Typed just before the reload');
  await page.reload();
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
  await expect(option(page)).toHaveText('Typed just before the reload');
  await expect(page.locator('.cm-content')).toContainText('title: Typed just before the reload');
  await expect(page.getByTestId('save-warning')).toHaveCount(0);
  // Now stored for real, and the journal is gone.
  await expect.poll(() => storedRevisions(page)).toEqual({ 'map:ml-system': 1 });
  await expect.poll(() => journals(page)).toEqual([]);
  await page.reload();
  await expect(option(page)).toHaveText('Typed just before the reload');
  await context.close();
});

test('a closed tab’s unstored edit that another tab overtook comes back as a choice', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const closing = await openEditingTab(context);
  const other = await openEditingTab(context);
  await stallWrites(closing);
  await retitle(closing, 'Mine, never stored');
  await retitle(other, 'Theirs, stored');
  await expect.poll(() => storedRevisions(other)).toEqual({ 'map:ml-system': 1 });
  // The closing tab was asked already; it is closed before the user answers.
  await expect(closing.getByTestId('conflict-prompt')).toBeVisible();
  await closing.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto('/');
  const prompt = next.getByTestId('conflict-prompt');
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(prompt).toContainText('changed and saved in another tab');
  await expect(option(next)).toHaveText('Mine, never stored');
  await prompt.getByTestId('conflict-mine').click();
  await expect(prompt).toHaveCount(0);
  await expect.poll(() => storedRevisions(next)).toEqual({ 'map:ml-system': 2 });
  await expect(option(other)).toHaveText('Mine, never stored');
  await expect.poll(() => journals(next)).toEqual([]);
  await context.close();
});
