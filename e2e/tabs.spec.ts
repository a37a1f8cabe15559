// Two tabs of the app in one browser (one context: the same storage): work done in either is
// never lost to the other; each shows the other's saved maps without a reload; the same map
// edited in both at once asks "keep mine / take theirs / keep both", and each does just that.
import { expect as baseExpect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { map, openEditor, openTab, retitle, storedRevisions, storedView } from './helpers.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 150_000 });

const picker = (page: Page) => page.getByTestId('map-picker');
const option = (page: Page, id: string) => picker(page).locator(`option[value="${id}"]`);
const editorText = (page: Page) => page.locator('.cm-content');

async function reload(page: Page) {
  await page.reload();
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 60_000 });
}

test('a map made in tab A appears in tab B at once, and survives B’s changes and reloads', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const a = await openTab(context);
  const b = await openTab(context);
  await a.getByTestId('new-map').click();
  await expect(picker(a)).toHaveValue('my-map');
  // B learns of it without a reload, and keeps showing its own map.
  await expect(option(b, 'my-map')).toHaveCount(1);
  await expect(picker(b)).toHaveValue('ml-system');
  // B changes something (before: B's autosave wrote its whole state over A's).
  await b.locator('[data-testid="solution-toggle"][data-solution-id="kubeflow"]').check();
  await expect.poll(async () => (await storedView(b))?.['selectedSolutions']).toEqual(['kubeflow']);
  await b.getByTestId('new-map').click();
  await expect(picker(b)).toHaveValue('my-map-2');
  await expect(option(a, 'my-map-2')).toHaveCount(1);
  await expect.poll(() => storedRevisions(a)).toEqual({ 'map:my-map': 1, 'map:my-map-2': 1 });
  for (const page of [a, b]) {
    await reload(page);
    await expect(option(page, 'my-map')).toHaveCount(1);
    await expect(option(page, 'my-map-2')).toHaveCount(1);
  }
  await picker(b).selectOption('my-map');
  await expect(map(b).locator('[data-station-id]')).toHaveCount(5);
  await context.close();
});

test('an edit in one tab shows in the other, which has not edited it, without a prompt', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const a = await openTab(context);
  const b = await openTab(context);
  await retitle(a, 'Retitled in tab A');
  await expect(option(b, 'ml-system')).toHaveText('Retitled in tab A');
  expect(await storedRevisions(a)).toEqual({ 'map:ml-system': 1 });
  await retitle(b, 'Retitled in tab B');
  await expect(option(a, 'ml-system')).toHaveText('Retitled in tab B');
  expect(await storedRevisions(b)).toEqual({ 'map:ml-system': 2 });
  await openEditor(a);
  await expect(editorText(a)).toContainText('title: Retitled in tab B');
  await expect(a.getByTestId('conflict-prompt')).toHaveCount(0);
  await expect(b.getByTestId('conflict-prompt')).toHaveCount(0);
  await context.close();
});

/**
 * Both tabs edit the default map at once. The browser's clock is held (Playwright's clock,
 * for the whole context) and moved on by hand: "there" types first and its autosave runs;
 * "here" typed 100 ms later, so its own save is still waiting when there's arrives. Here is
 * asked.
 */
async function conflict(context: BrowserContext) {
  await context.clock.install();
  const there = await openTab(context);
  const here = await openTab(context);
  await openEditor(there);
  await openEditor(here);
  await context.clock.pauseAt(Date.now() + 60_000);
  await retitle(there, 'Theirs');
  await context.clock.runFor(100);
  await retitle(here, 'Mine');
  await context.clock.runFor(250); // there's save is due (300 ms after its edit), not here's
  const prompt = here.getByTestId('conflict-prompt');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('changed and saved in another tab');
  expect(await storedRevisions(there)).toEqual({ 'map:ml-system': 1 });
  await context.clock.resume();
  await expect(option(there, 'ml-system')).toHaveText('Theirs');
  await expect(option(here, 'ml-system')).toHaveText('Mine');
  await expect(there.getByTestId('conflict-prompt')).toHaveCount(0);
  return { there, here, prompt };
}

test('conflict, keep mine: this tab’s text is saved over the other’s, in both tabs', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const { there, here, prompt } = await conflict(context);
  await prompt.getByTestId('conflict-mine').click();
  await expect(prompt).toHaveCount(0);
  await expect(option(there, 'ml-system')).toHaveText('Mine');
  await expect(option(here, 'ml-system')).toHaveText('Mine');
  expect(await storedRevisions(here)).toEqual({ 'map:ml-system': 2 });
  for (const page of [there, here]) {
    await reload(page);
    await expect(option(page, 'ml-system')).toHaveText('Mine');
  }
  await context.close();
});

test('conflict, take theirs: the other tab’s text replaces this one’s, one undo away', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const { there, here, prompt } = await conflict(context);
  await prompt.getByTestId('conflict-theirs').click();
  await expect(prompt).toHaveCount(0);
  await expect(option(here, 'ml-system')).toHaveText('Theirs');
  await expect(editorText(here)).toContainText('title: Theirs');
  expect(await storedRevisions(here)).toEqual({ 'map:ml-system': 1 });
  await expect(option(there, 'ml-system')).toHaveText('Theirs');
  // This tab's text is not thrown away: Undo brings it back (and saves it, knowingly).
  await here.getByTestId('undo').click();
  await expect(option(here, 'ml-system')).toHaveText('Mine');
  await expect(option(there, 'ml-system')).toHaveText('Mine');
  await here.getByTestId('redo').click();
  await expect(option(there, 'ml-system')).toHaveText('Theirs');
  for (const page of [there, here]) {
    await reload(page);
    await expect(option(page, 'ml-system')).toHaveText('Theirs');
  }
  await context.close();
});

test('conflict, keep both: this tab’s text becomes a copy, the original takes theirs', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const { there, here, prompt } = await conflict(context);
  await prompt.getByTestId('conflict-both').click();
  await expect(prompt).toHaveCount(0);
  await expect(picker(here)).toHaveValue('ml-system-copy');
  await expect(option(here, 'ml-system-copy')).toHaveText('Mine (copy)');
  await expect(option(here, 'ml-system')).toHaveText('Theirs');
  await expect(editorText(here)).toContainText('id: ml-system-copy');
  await expect(option(there, 'ml-system-copy')).toHaveText('Mine (copy)');
  await expect(option(there, 'ml-system')).toHaveText('Theirs');
  expect(await storedRevisions(here)).toEqual({ 'map:ml-system': 1, 'map:ml-system-copy': 1 });
  for (const page of [there, here]) {
    await reload(page);
    await expect(option(page, 'ml-system-copy')).toHaveText('Mine (copy)');
    await expect(option(page, 'ml-system')).toHaveText('Theirs');
  }
  await picker(there).selectOption('ml-system-copy');
  await expect(map(there).locator('[data-station-id]').first()).toBeVisible();
  await context.close();
});
