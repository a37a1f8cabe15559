import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { dropFile, fixture, map, openApp, openFile } from './helpers.ts';

const problems = (page: Page) => page.getByTestId('problems');

test('opening a map file shows it at once; the previous map stays in the picker', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'small-map.yaml', fixture('small-map.yaml'));
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5);
  await expect(page.getByTestId('map-picker')).toHaveValue('small');
  await page.getByTestId('map-picker').selectOption('ml-system');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
});

test('a broken file shows a problem naming its line, and the map stays', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'unknown-stop.broken.yaml', fixture('unknown-stop.broken.yaml'));
  const panel = problems(page);
  await expect(panel).toContainText('unknown-stop.broken.yaml was not loaded');
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(panel.locator('li').first()).toContainText('line 8, column 22');
  await expect(panel.locator('li').first()).toContainText(
    'line "data" stops at unknown station "ingest"',
  );
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
  await expect(page.getByTestId('map-picker')).toHaveValue('ml-system');
});

const broken: [string, string, RegExp, number][] = [
  ['syntax.yaml', 'kind: map\nid: x\ntitle: [unclosed\n', /YAML syntax error/, 4],
  ['empty.yaml', '', /the file is empty/, 1],
  ['prose.yaml', 'Dear vendor, thanks for the slides.', /expected a YAML mapping/, 1],
  [
    'duplicate.yaml',
    'kind: map\nid: d\ntitle: D\nlines:\n  - {id: l, label: L, color: "#123", stops: [a, b]}\nstations:\n  - {id: a, label: A}\n  - {id: b, label: B}\n  - {id: a, label: A again}\n',
    /duplicate station id "a": already used on line 7/,
    9,
  ],
  [
    'wrong-type.yaml',
    'kind: map\nid: w\ntitle: W\nlines:\n  - {id: l, label: L, color: "#123", stops: [a, b]}\nstations:\n  - {id: a, label: A}\n  - {id: b, label: {text: B}}\n',
    /station "b", label: should be text, found a mapping/,
    8,
  ],
];

for (const [name, text, message, line] of broken) {
  test(`${name}: a clear message with its line; nothing else changes`, async ({ page }) => {
    await openApp(page);
    await map(page).locator('[data-station-id="serving"]').click();
    await openFile(page, name, text);
    const item = problems(page).locator('li').first();
    await expect(item).toContainText(message);
    await expect(item).toContainText(`line ${line},`);
    await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
    await expect(page.getByTestId('station-details')).toContainText('Online serving');
  });
}

test('a binary file is refused with a message', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
  await expect(problems(page)).toContainText('looks binary');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
});

test('dropping a file onto the page opens it', async ({ page }) => {
  await openApp(page);
  await dropFile(page, 'small-map.yaml', fixture('small-map.yaml').toString());
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5);
  await dropFile(page, 'bad.yaml', 'kind: map\n\tid: tabbed\n');
  await expect(problems(page)).toContainText('line 2, column 1');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(5);
});

test('labels full of markup are shown as text, never run', async ({ page }) => {
  await openApp(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const label = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  const yaml = `kind: map\nid: xss\ntitle: "${label}"\nlines:\n  - {id: l, label: "${label}", color: "#123", stops: [a, b]}\nstations:\n  - {id: a, label: "${label}"}\n  - {id: b, label: B}\n`;
  await openFile(page, 'xss.yaml', yaml);
  await expect(map(page).locator('text[data-label-for="a"]')).toContainText('<img src=x');
  expect(await page.locator('img[src="x"], script:text("alert(2)")').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the problems header counts what is listed, errors and warnings apart', async ({ page }) => {
  await openApp(page);
  // Two errors (an unknown stop, an unknown zone) and a warning (a solution's unknown station).
  const text = [
    'kind: map',
    'id: counted',
    'title: Counted',
    'zones: [{ id: z, label: Z }]',
    'lines:',
    '  - { id: a, label: A, color: "#123456", stops: [x, y, nowhere] }',
    'stations:',
    '  - { id: x, label: X, zone: z }',
    '  - { id: y, label: Y, zone: elsewhere }',
    '---',
    'kind: solution',
    'id: tool',
    'name: Tool',
    'map: ml-system',
    'covers: [ingestion, ghost]',
  ].join('\n');
  await openFile(page, 'counted.yaml', text);
  const panel = problems(page);
  await expect(panel.getByTestId('problems-count')).toContainText('counted.yaml was not loaded');
  const errors = await panel.locator('li[data-severity="error"]').count();
  const warnings = await panel.locator('li[data-severity="warning"]').count();
  expect(errors).toBeGreaterThan(0);
  expect(warnings).toBeGreaterThan(0);
  await expect(panel).toHaveAttribute('data-errors', String(errors));
  await expect(panel).toHaveAttribute('data-warnings', String(warnings));
  const named = (n: number, word: string) => (n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]);
  await expect(panel.getByTestId('problems-count')).toHaveText(
    `counted.yaml was not loaded: ${[...named(errors, 'error'), ...named(warnings, 'warning')].join(', ')}`,
  );
});

test('a stray word at line 1 is shown first, its consequences folded under it', async ({
  page,
}) => {
  await openApp(page);
  const source = readFileSync(join(import.meta.dirname, '..', 'maps', 'ml-system.yaml'), 'utf8');
  await openFile(page, 'stray.yaml', `oops ${source}`);
  const panel = problems(page);
  const first = panel.locator(':scope > ol > li').first();
  await expect(first).toContainText('line 1, column 1');
  await expect(first).toContainText('"oops"');
  await expect(panel.locator(':scope > ol > li')).toHaveCount(1);
  const folded = first.getByTestId('problem-cascade');
  await expect(folded).not.toHaveAttribute('open');
  const consequences = await folded.locator('li').count();
  expect(consequences).toBeGreaterThan(10);
  await expect(folded.locator('summary')).toHaveText(`${consequences} errors caused by this one`);
  await expect(folded.locator('li').first()).toBeHidden();
  // Everything listed is counted, the folded ones too.
  await expect(panel).toHaveAttribute('data-errors', String(consequences + 1));
  await expect(map(page).locator('[data-station-id]')).toHaveCount(30);
});
