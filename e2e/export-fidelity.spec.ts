// The exported file is the screen: the map in the SVG, opened on its own, looks like the live
// map (compared pixel by pixel in Chromium), and the CLI writes the same file as the browser.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { map } from './helpers.ts';

/** Opens the app and waits until the map is drawn (the layout may take a few seconds). */
async function openApp(page: Page) {
  await page.goto('/');
  await expect(map(page).locator('[data-station-id]').first()).toBeVisible({ timeout: 30_000 });
}

const root = join(import.meta.dirname, '..');
/** Mean absolute difference per channel (0–255) allowed between screen and file. */
const MEAN_TOLERANCE = 1;
/** Share of pixels allowed to differ by more than 64 in some channel (anti-aliasing). */
const OUTLIER_TOLERANCE = 0.005;

async function select(page: Page, ids: string[]) {
  for (const id of ids) {
    await page.locator(`[data-testid="solution-toggle"][data-solution-id="${id}"]`).check();
  }
  await expect(map(page).locator('[data-coverage]').first()).toBeVisible();
}

async function exportedSvg(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-svg').click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** Mean and outlier share of the difference of two PNGs, decoded with a canvas in the page. */
function compare(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([a64, b64]) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.drawImage(img, 0, 0);
        return {
          w: img.naturalWidth,
          h: img.naturalHeight,
          data: ctx.getImageData(0, 0, img.naturalWidth, img.naturalHeight).data,
        };
      };
      const [p, q] = await Promise.all([pixels(a64), pixels(b64)]);
      if (p.w !== q.w || p.h !== q.h)
        return { size: `${p.w}×${p.h} vs ${q.w}×${q.h}`, mean: 255, outliers: 1 };
      let sum = 0;
      let outliers = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        let worst = 0;
        for (let c = 0; c < 3; c++) {
          const d = Math.abs((p.data[i + c] ?? 0) - (q.data[i + c] ?? 0));
          sum += d;
          worst = Math.max(worst, d);
        }
        if (worst > 64) outliers += 1;
      }
      const n = p.data.length / 4;
      return { size: `${p.w}×${p.h}`, mean: sum / (n * 3), outliers: outliers / n };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

test('the exported SVG, opened on its own, looks like the map on screen', async ({
  page,
  context,
}) => {
  await openApp(page);
  await select(page, ['kubeflow', 'mlflow']);
  await page.mouse.move(0, 0);
  // The page's heading and the reader's tools float over the stage; they are page chrome.
  await page
    .locator('.stage-header')
    .evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
  // Where the live map is drawn: the view's own transform (Fit frames the map in the part of
  // the stage that no header or key covers), from map units to screen pixels.
  const live = await map(page).evaluate((el) => {
    const [vx, vy, vw, vh] = (el.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const view = el.querySelector(':scope > g') as SVGGraphicsElement | null;
    const m = view?.getScreenCTM();
    if (!m) throw new Error('the map has no view group');
    return { scale: m.a, x: m.e, y: m.f, vw: vw ?? 1, vh: vh ?? 1, vx: vx ?? 0, vy: vy ?? 0 };
  });
  const s = live.scale;
  const width = Math.floor(live.vw * s);
  const height = Math.floor(live.vh * s);
  const origin = { x: live.x + live.vx * s, y: live.y + live.vy * s };
  const clip = { x: Math.floor(origin.x), y: Math.floor(origin.y), width, height };
  const screen = await page.screenshot({ clip });
  const svg = await exportedSvg(page);

  // The file alone in an empty page (no CSS of the app), at the same scale, its map area on
  // the same sub-pixel offset as on screen, and cut out the same way. Set inline, as the
  // screen's map is: an <img> would resample and round text differently.
  const other = await context.newPage();
  await other.setViewportSize({ width: 3000, height: 2000 });
  await other.setContent('<body style="margin:0;background:#fff"></body>');
  const at = await other.evaluate(
    ([text, scale, fx, fy]) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const file = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
      const inner = doc.querySelector('[data-testid="export-map"]');
      const mx = Number(inner?.getAttribute('x')) * scale;
      const my = Number(inner?.getAttribute('y')) * scale;
      const x = Math.floor(mx) + 1;
      const y = Math.floor(my) + 1;
      file.setAttribute('width', String(Number(file.getAttribute('width')) * scale));
      file.setAttribute('height', String(Number(file.getAttribute('height')) * scale));
      // A transform, not left/top: a box's position is snapped to whole pixels, a transform not.
      file.style.position = 'absolute';
      file.style.transform = `translate(${x + fx - mx}px, ${y + fy - my}px)`;
      document.body.append(file);
      return { x, y, viewBox: inner?.getAttribute('viewBox') };
    },
    [svg, s, origin.x - clip.x, origin.y - clip.y] as const,
  );
  expect(at.viewBox).toBe(`${live.vx} ${live.vy} ${live.vw} ${live.vh}`);
  const file = await other.screenshot({ clip: { x: at.x, y: at.y, width, height } });
  if (process.env.EXPORT_DEBUG_DIR) {
    writeFileSync(join(process.env.EXPORT_DEBUG_DIR, 'screen.png'), screen);
    writeFileSync(join(process.env.EXPORT_DEBUG_DIR, 'file.png'), file);
  }
  const diff = await compare(page, screen, file);
  console.log(
    `screen vs file: ${diff.size}, scale ${s.toFixed(3)}, mean |Δ| per channel ${diff.mean.toFixed(2)}, outliers ${(diff.outliers * 100).toFixed(2)}%`,
  );
  expect(diff.mean).toBeLessThanOrEqual(MEAN_TOLERANCE);
  expect(diff.outliers).toBeLessThanOrEqual(OUTLIER_TOLERANCE);
});

test('the CLI writes the same SVG as the browser for the same view', async ({ page }) => {
  await openApp(page);
  await select(page, ['kubeflow', 'mlflow']);
  const browser = await exportedSvg(page);
  const started = Date.now();
  // The command a user runs (package.json's bin), with its own compiler settings.
  const cli = execFileSync(
    process.execPath,
    ['bin/transit-map.mjs', 'export', 'maps/ml-system.yaml', '--solutions', 'kubeflow,mlflow'],
    { cwd: root, encoding: 'utf8' },
  );
  console.log(`CLI export: ${cli.length} bytes in ${Date.now() - started} ms`);
  // Ignoring generated ids (there are none today) and white space between tags.
  const norm = (s: string) =>
    s
      .replace(/\s+id="[^"]*"/g, '')
      .replace(/>\s+</g, '><')
      .trim();
  expect(norm(cli)).toBe(norm(browser));
});
