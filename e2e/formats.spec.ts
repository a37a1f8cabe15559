// The formats of issue 19 in the app: PDF and GeoJSON exports, the HTML report, GeoJSON files
// opened as maps (and refused with located problems, losing nothing), the Embed snippet.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map, openApp, openFile } from './helpers.ts';

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('Export PDF and GeoJSON from the page, under its CSP', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await openApp(page, '#map=ml-system&solutions=kubeflow');
  const pdf = await download(page, () => page.getByTestId('export-pdf').click());
  expect(pdf.name).toMatch(/^ml-system-+kubeflow\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = pdf.bytes.toString('latin1');
  expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  expect(raw).toContain('/FontFile2');
  expect(raw).not.toContain('/Subtype /Image');

  const geo = await download(page, () => page.getByTestId('export-geojson').click());
  expect(geo.name).toBe('ml-system.geojson');
  const graph = JSON.parse(geo.bytes.toString('utf8')) as {
    type: string;
    features: { properties: { station_id?: string } }[];
  };
  expect(graph.type).toBe('FeatureCollection');
  expect(graph.features.filter((f) => f.properties.station_id)).toHaveLength(30);
  expect(errors.filter((e) => /Content Security Policy|EvalError/i.test(e))).toEqual([]);

  // …and the GeoJSON opens again as a map.
  await openFile(page, 'exported.geojson', geo.bytes);
  await expect(page.locator('.map-title')).toHaveText('exported');
  await expect(map(page).locator('[data-station-id="feature-store"]')).toHaveCount(1);
});

test('a broken GeoJSON file shows located problems and changes nothing else', async ({ page }) => {
  await openApp(page);
  const stations = await map(page).locator('[data-station-id]').count();
  const broken = `{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature", "geometry": { "type": "LineString", "coordinates": [] },\n      "properties": { "from": "a", "to": "b", "lines": [{ "id": "x" }] } }\n  ]\n}\n`;
  await openFile(page, 'broken.geojson', broken);
  const problems = page.getByTestId('problems');
  await expect(problems).toContainText('which no Point feature declares');
  await expect(problems).toContainText('line 5');
  await expect(page.locator('.map-title')).toHaveText('A typical machine learning system');
  await expect(map(page).locator('[data-station-id]')).toHaveCount(stations);
});

test('Download report as an HTML page', async ({ page }) => {
  await openApp(page, '#map=ml-system&solutions=kubeflow,mlflow');
  await page.getByTestId('export-report-format').selectOption('html');
  const report = await download(page, () => page.getByTestId('export-report').click());
  expect(report.name).toMatch(/\.html$/);
  const html = report.bytes.toString('utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain('Kubeflow');
  expect(html).toContain('MLflow');
  const summary = page.getByTestId('coverage-summary').first();
  const covered = await summary.getAttribute('data-covered');
  const partial = await summary.getAttribute('data-partial');
  expect(html).toContain(`data-covered="${covered}" data-partial="${partial}" data-total="30"`);
});

test('the Embed item gives an iframe snippet of the view', async ({ page }) => {
  await openApp(page, '#map=ml-system&solutions=kubeflow');
  await page.getByTestId('embed-open').click();
  await page.getByTestId('embed-width').fill('640');
  const code = page.getByTestId('embed-code');
  await expect(code).toContainText('width="640" height="500"');
  await expect(code).toContainText('/embed.html#map=ml-system&amp;solutions=kubeflow');
  await expect(page.getByTestId('embed-copy')).toBeVisible();
});
