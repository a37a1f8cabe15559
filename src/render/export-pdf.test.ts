// The PDF export: one page, vector paths and real text in an embedded font, no raster image.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { nodePdfFonts } from '../../scripts/node-fonts.ts';
import { layoutMap } from '../layout/layout.ts';
import { loadText } from '../model/load.ts';
import { exportSvg } from './export-svg.tsx';
import { splitHalos, svgToPdf } from './export-pdf.ts';
import { lightTheme } from './theme.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');

describe('splitHalos', () => {
  it('draws a label halo under its letters as two texts', () => {
    const svg =
      '<g><text x="1" fill="#000" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">A &amp; B</text></g>';
    expect(splitHalos(svg)).toBe(
      '<g><text x="1" stroke="#fff" stroke-width="3" stroke-linejoin="round" fill="none">A &amp; B</text>' +
        '<text x="1" fill="#000">A &amp; B</text></g>',
    );
  });
});

describe('PDF export', () => {
  it('is one vector page with every station label as text, fonts embedded', async () => {
    const { maps } = loadText(read('maps/ml-system.yaml'));
    const map = maps[0];
    if (!map) throw new Error('no map');
    const kubeflow = loadText(read('maps/solutions/kubeflow.yaml'), { maps }).solutions;
    const out = exportSvg({
      map,
      geometry: layoutMap(map),
      theme: lightTheme,
      solutions: kubeflow,
    });
    const bytes = await svgToPdf({ ...out, title: map.title, fonts: nodePdfFonts() });

    expect(new TextDecoder('latin1').decode(bytes.slice(0, 5))).toBe('%PDF-');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('/FontFile2'); // the TrueType font program is in the file

    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    expect(pdf.numPages).toBe(1);
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    expect([Math.round(viewport.width), Math.round(viewport.height)]).toEqual([
      out.width,
      out.height,
    ]);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const station of map.stations) {
      for (const word of station.label.split(/\s+/)) expect(text).toContain(word);
    }
    expect(text).toContain('Kubeflow');
    const ops = await page.getOperatorList();
    const images = [OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject];
    expect(ops.fnArray.filter((fn) => images.includes(fn))).toEqual([]);
    expect(ops.fnArray).toContain(OPS.constructPath);
    await pdf.destroy();
  });
});
