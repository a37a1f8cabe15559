// Exports for talks: the SVG is valid XML, complete and safe; PNGs have the chosen size or
// a clear message; the file matches the screen and the CLI; presentation mode steps through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { distinctLineIds, fixture, map, openFile } from './helpers.ts';

/** Opens the app and waits until the map is drawn (the layout may take a few seconds). */
async function openApp(page: Page) {
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 30_000 });
}

const root = join(import.meta.dirname, '..');

async function select(page: Page, ids: string[]) {
  for (const id of ids) {
    await page.locator(`[data-testid="solution-toggle"][data-solution-id="${id}"]`).check();
  }
  await expect(map(page).locator('[data-coverage]').first()).toBeVisible();
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(page: Page, testId: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

interface Parsed {
  error: string | null;
  stations: string[];
  lines: string[];
  zones: number;
  coverage: string[];
  scripts: number;
  unsafe: string[];
  title: string;
  labels: Record<string, string>;
  width: number;
  height: number;
}

/** Parses the SVG with Chromium's own XML parser (strict: any error gives <parsererror>). */
function parse(page: Page, svg: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const inMap = (sel: string) => [...doc.querySelectorAll(`[data-testid="export-map"] ${sel}`)];
    const unsafe: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      if (/^(script|foreignObject|style|iframe)$/i.test(el.localName)) unsafe.push(el.localName);
      for (const a of el.attributes) {
        if (/^on/i.test(a.localName)) unsafe.push(a.name);
        if (/href$/i.test(a.localName) && !a.value.startsWith('#')) unsafe.push(a.name);
        if (/url\((?!#)/i.test(a.value) || /javascript:/i.test(a.value)) unsafe.push(a.name);
      }
    }
    const root = doc.documentElement;
    return {
      error,
      stations: inMap('[data-station-id]').map((e) => e.getAttribute('data-station-id') ?? ''),
      lines: [
        ...new Set(inMap('[data-line-id]').map((e) => e.getAttribute('data-line-id') ?? '')),
      ].sort(),
      zones: inMap('[data-zone-id]').length,
      coverage: inMap('[data-coverage]').map((e) => e.getAttribute('data-coverage') ?? ''),
      scripts: doc.getElementsByTagName('script').length,
      unsafe,
      title: doc.querySelector('title')?.textContent ?? '',
      labels: Object.fromEntries(
        inMap('text[data-label-for]').map((e) => [e.getAttribute('data-label-for'), e.textContent]),
      ),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
    };
  }, svg);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Export SVG saves the view as valid, complete, safe XML', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await openApp(page);
  await select(page, ['kubeflow', 'mlflow']);
  const { name, bytes } = await download(page, 'export-svg');
  expect(name).toBe('ml-system--kubeflow-mlflow.svg');
  const svg = bytes.toString('utf8');
  const parsed = await parse(page, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.stations.sort()).toEqual(
    (
      await map(page)
        .locator('[data-station-id]')
        .evaluateAll((es) => es.map((e) => e.getAttribute('data-station-id') ?? ''))
    ).sort(),
  );
  expect(parsed.stations).toHaveLength(30);
  expect(parsed.lines).toEqual(await distinctLineIds(page));
  expect(parsed.zones).toBe(4);
  expect(parsed.coverage).toHaveLength(30);
  expect(parsed.scripts).toBe(0);
  expect(parsed.unsafe).toEqual([]);
  expect(parsed.title).toBe('A typical machine learning system \u2014 Kubeflow + MLflow');
  expect(svg).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* viewBox="0 0 \d+ \d+"/);
  expect(svg).not.toMatch(/\sclass=|\sstyle=/);
  expect(cspErrors).toEqual([]);
});

test('labels with &, <, non-breaking spaces and emoji stay valid XML', async ({ page }) => {
  await openApp(page);
  const hostile = readFileSync(join(root, 'src/render/fixtures/hostile-labels.yaml'), 'utf8');
  await openFile(page, 'hostile-labels.yaml', hostile);
  await expect(map(page).locator('[data-station-id]')).toHaveCount(6, { timeout: 30_000 });
  const { bytes } = await download(page, 'export-svg');
  const parsed = await parse(page, bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.stations).toHaveLength(6);
  expect(parsed.lines).toEqual(['amp', 'emoji']);
  expect(parsed.unsafe).toEqual([]);
  expect(parsed.title).toBe(
    'R&D <platform> \u00a0map 🚇 "quoted" & \'single\' \u2014 R&D <tool> 🛠',
  );
  expect(parsed.labels['a']).toBe('Ingest & <clean>');
  expect(parsed.labels['c']).toBe('Train 🧠 models');
  expect(parsed.labels['f']).toContain('<svg onload=alert(1)>');
  const onScreen = await map(page).locator('text[data-label-for="d"]').textContent();
  expect(parsed.labels['d']).toBe(onScreen);
});

test('Export PNG at 1×, 2× and 4× has the chosen size and a drawn picture', async ({ page }) => {
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await openApp(page);
  const svg = await parse(page, (await download(page, 'export-svg')).bytes.toString('utf8'));
  for (const scale of [1, 2, 4]) {
    await page.getByTestId('export-png-scale').selectOption(String(scale));
    const started = Date.now();
    const { name, bytes } = await download(page, 'export-png');
    const size = pngSize(bytes);
    console.log(
      `PNG ${scale}×: ${size.width}×${size.height} px, ${bytes.length} bytes, ${Date.now() - started} ms`,
    );
    expect(name).toBe(scale === 1 ? 'ml-system.png' : `ml-system@${scale}x.png`);
    expect(size).toEqual({ width: svg.width * scale, height: svg.height * scale });
    // Not blank: decoded in the page, an opaque picture with plenty of ink on it.
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) return { opaque: 0, inked: 0 };
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 255) opaque += 1;
        if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 600) inked += 1;
      }
      const n = data.length / 4;
      return { opaque: opaque / n, inked: inked / n };
    }, bytes.toString('base64'));
    expect(ink.opaque).toBe(1);
    expect(ink.inked).toBeGreaterThan(0.03);
  }
  expect(cspErrors).toEqual([]);
});

test('a PNG past the canvas limit gives a clear message, not a blank image', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'wide-map.yaml', fixture('wide-map.yaml'));
  await expect(map(page).locator('[data-station-id]')).toHaveCount(2, { timeout: 30_000 });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByTestId('export-png-scale').selectOption('4');
  await page.getByTestId('export-png').click();
  const message = page.getByTestId('export-message');
  await expect(message).toHaveAttribute('data-kind', 'error');
  await expect(message).toContainText('px per side');
  await expect(message).toContainText('export SVG');
  expect(downloads).toBe(0);
  await page.getByTestId('export-png-scale').selectOption('1');
  const { bytes } = await download(page, 'export-png');
  expect(pngSize(bytes).width).toBeGreaterThan(16_384 / 4);
});

test('Export YAML saves the map source as loaded', async ({ page }) => {
  await openApp(page);
  const { name, bytes } = await download(page, 'export-yaml');
  expect(name).toBe('ml-system.yaml');
  expect(bytes.toString('utf8')).toBe(readFileSync(join(root, 'maps/ml-system.yaml'), 'utf8'));
});

test('the export follows the theme on screen', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('theme-switch').selectOption('dark');
  const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
  const background = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('svg > rect')?.getAttribute('fill');
  }, svg);
  expect(background).toBe('#16181d');
});
