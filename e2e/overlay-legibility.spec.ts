// With several tools selected, the overlay must stay legible: no overlap badge on a station
// name (on screen and in the exported SVG), and every coverage mark standing off the lines
// under it by at least 3:1, in both themes and with the colour-blind palette.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { contrastRatio } from '../src/render/contrast.ts';
import { map, openApp } from './helpers.ts';

const THREE = '#map=ml-system&solutions=kubeflow,mlflow,sagemaker';

interface Rect {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The screen boxes of every badge and every drawn label inside `root`. */
async function boxes(page: Page, root: string) {
  return page.evaluate((root) => {
    const rect = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const scope = document.querySelector(root);
    if (!scope) return { badges: [], labels: [] };
    return {
      badges: [...scope.querySelectorAll('[data-overlap-for]')].map((el) =>
        rect(el, el.getAttribute('data-overlap-for') ?? ''),
      ),
      labels: [...scope.querySelectorAll('text[data-label-for]')].map((el) =>
        rect(el, el.getAttribute('data-label-for') ?? ''),
      ),
    };
  }, root);
}

const intersect = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectClear(found: { badges: Rect[]; labels: Rect[] }) {
  expect(found.badges.length).toBeGreaterThan(5);
  expect(found.labels.length).toBe(30);
  const hits = found.badges.flatMap((b) =>
    found.labels.filter((l) => intersect(b, l)).map((l) => `${b.id} badge on ${l.id} label`),
  );
  expect(hits).toEqual([]);
}

/**
 * For each coverage mark, the colours of its two-tone keyline and of every line drawn under
 * it (a line whose path passes inside the mark's outer band).
 */
async function marksOverLines(page: Page) {
  return map(page).evaluate((svg) => {
    const colour = (el: Element | null, attr: 'fill' | 'stroke'): string => {
      if (!el) return '';
      const own = el.getAttribute(attr);
      if (own && own !== 'none') return own;
      // A capsule draws as a group of lines: the outer one carries the colour.
      return el.querySelector('line')?.getAttribute('stroke') ?? '';
    };
    const lines = [...svg.querySelectorAll<SVGPathElement>('path[data-line-id]')];
    const samples = lines.map((p) => {
      const length = p.getTotalLength();
      const points: DOMPoint[] = [];
      for (let t = 0; t <= length; t += 1.5) points.push(p.getPointAtLength(t));
      return {
        id: p.getAttribute('data-line-id') ?? '',
        colour: p.getAttribute('stroke') ?? '',
        points,
      };
    });
    return [...svg.querySelectorAll('[data-station-id][data-coverage]')].map((g) => {
      const halo = g.querySelector<SVGGraphicsElement>('[data-keyline="halo"]');
      const outline = g.querySelector('[data-keyline="outline"]');
      const box = halo?.getBBox();
      const under = box
        ? samples.filter((s) =>
            s.points.some(
              (p) =>
                p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
            ),
          )
        : [];
      return {
        station: g.getAttribute('data-station-id') ?? '',
        state: g.getAttribute('data-coverage') ?? '',
        halo: halo ? colour(halo, halo.getAttribute('fill') === 'none' ? 'stroke' : 'fill') : '',
        outline: colour(outline, 'stroke'),
        lines: under.map((s) => ({ id: s.id, colour: s.colour })),
      };
    });
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const palette of ['map', 'okabe-ito'] as const) {
    test(`${scheme}, ${palette} palette: badges clear of labels, marks 3:1 against their lines`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((palette) => {
        localStorage.setItem(
          'mlops-transit-map:display',
          JSON.stringify({ theme: 'system', palette, patterns: false }),
        );
      }, palette);
      await openApp(page, THREE);
      await expect(page.getByTestId('coverage-summary')).toBeVisible();
      await expect(map(page).locator('[data-overlap-for]').first()).toBeVisible();
      expectClear(await boxes(page, 'svg[data-testid="transit-map"]'));

      const marks = await marksOverLines(page);
      expect(marks).toHaveLength(30);
      // Not vacuous: most marks sit over a line (a mark beside an interchange can clear the
      // lines); every one that does must contrast.
      expect(marks.filter((m) => m.lines.length > 0).length).toBeGreaterThanOrEqual(20);
      const weak = marks.flatMap((m) =>
        m.lines
          .map((l) => ({
            l,
            best: Math.max(contrastRatio(m.halo, l.colour), contrastRatio(m.outline, l.colour)),
          }))
          .filter(({ best }) => !(best >= 3))
          .map(({ l, best }) => `${m.station} (${m.state}) on ${l.id}: ${best.toFixed(2)}:1`),
      );
      expect(weak).toEqual([]);

      // The exported file: the same components, measured the same way once opened.
      const download = page.waitForEvent('download');
      await page.getByTestId('export-svg').click();
      const svg = readFileSync((await (await download).path()) ?? '', 'utf8');
      const exported = await page.context().newPage();
      await exported.setContent(
        `<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`,
      );
      expectClear(await boxes(exported, 'svg[data-testid="export-map"]'));
      await exported.close();
    });
  }
}
