// One sentence for the coverage everywhere: the side panel, the exported SVG, the
// presentation, the Markdown report and the announcer say the same numbers in the same words.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './helpers.ts';

const numbers = (text: string) => {
  const m = /(\d+) of (\d+) stations covered \((\d+) full, (\d+) partial\)/.exec(text);
  expect(m, text).not.toBeNull();
  const [, served, total, full, partial] = m ?? [];
  return { served, total, full, partial };
};

test('panel, exported SVG, presentation, report and announcer agree on the coverage', async ({
  page,
}) => {
  await openApp(page, '#map=ml-system&solutions=kubeflow,mlflow,sagemaker');
  const summary = page.getByTestId('coverage-summary');
  const panelText = (await page.getByTestId('coverage-sentence').textContent()) ?? '';
  const panel = numbers(panelText);
  expect(panel).toEqual({
    served: String(
      Number(await summary.getAttribute('data-covered')) +
        Number(await summary.getAttribute('data-partial')),
    ),
    total: await summary.getAttribute('data-total'),
    full: await summary.getAttribute('data-covered'),
    partial: await summary.getAttribute('data-partial'),
  });

  const svgDownload = page.waitForEvent('download');
  await page.getByTestId('export-svg').click();
  const svg = readFileSync((await (await svgDownload).path()) ?? '', 'utf8');
  const subtitle = /data-testid="export-subtitle"[^>]*>([^<]*)</.exec(svg)?.[1] ?? '';
  expect(numbers(subtitle)).toEqual(panel);
  expect(subtitle).toContain(panelText);

  const mdDownload = page.waitForEvent('download');
  await page.getByTestId('export-report').click();
  const md = readFileSync((await (await mdDownload).path()) ?? '', 'utf8');
  expect(numbers(md.split('\n')[0] ?? '')).toEqual(panel);

  // The announcer says it after a change: deselect one tool and read both again.
  await page.locator('[data-testid="solution-toggle"][data-solution-id="mlflow"]').uncheck();
  const after = (await page.getByTestId('coverage-sentence').textContent()) ?? '';
  await expect(page.getByTestId('announcer')).toHaveText(`MLflow deselected: ${after}`);
  await page.locator('[data-testid="solution-toggle"][data-solution-id="mlflow"]').check();
  await expect(page.getByTestId('coverage-sentence')).toHaveText(panelText);

  // The presentation's last step is the whole stack: the same sentence again.
  await page.getByTestId('present').click();
  const stage = page.getByTestId('presentation');
  await expect(stage).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(stage).toHaveAttribute('data-step', '3');
  await expect(stage).toHaveAttribute(
    'data-solutions',
    /^(?=.*kubeflow)(?=.*mlflow)(?=.*sagemaker)/,
  );
  const shown = (await stage.getByTestId('export-subtitle').textContent()) ?? '';
  expect(numbers(shown)).toEqual(panel);
});
