// The PDF's fonts, read from the installed @fontsource/arimo package (Node only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../src/render/export-pdf.ts';

const require = createRequire(import.meta.url);

export function nodePdfFonts(): PdfFonts {
  const read = (file: string) =>
    new Uint8Array(readFileSync(require.resolve(`@fontsource/arimo/files/${file}`)));
  return {
    regular: read('arimo-latin-400-normal.woff'),
    bold: read('arimo-latin-700-normal.woff'),
  };
}
