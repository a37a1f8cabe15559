// The exported SVG -> a one-page vector PDF (pdfkit + svg-to-pdfkit): the same picture as the
// SVG file, as paths and real text in an embedded font (Arimo, metric-compatible with Arial and
// Helvetica, the fonts the SVG asks for first). Same code in the browser and in the CLI; the
// caller brings the font files (fetched in the browser, read from node_modules in Node).
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';

export interface PdfFonts {
  readonly regular: ArrayBuffer | Uint8Array;
  readonly bold: ArrayBuffer | Uint8Array;
}

export interface PdfInput {
  /** A standalone SVG as written by exportSvg (already through the safety pass). */
  readonly svg: string;
  /** Size of the picture in CSS px; the page is as many points (1 px = 1 pt). */
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly fonts: PdfFonts;
}

const REGULAR = 'MapSans';
const BOLD = 'MapSans-Bold';

/**
 * svg-to-pdfkit ignores `paint-order`: a label's white halo (its stroke) would be painted over
 * its letters. Each such text becomes two: the halo alone (no fill), then the letters alone.
 */
export function splitHalos(svg: string): string {
  return svg.replace(
    /<text\b([^>]*?)\s+paint-order="stroke"([^>]*)>([\s\S]*?)<\/text>/g,
    (_, before: string, after: string, body: string) => {
      const attrs = `${before}${after}`;
      const halo = `<text${attrs.replace(/\s+fill="[^"]*"/g, '')} fill="none">${body}</text>`;
      const letters = attrs.replace(/\s+stroke(-[a-z]+)?="[^"]*"/g, '');
      return `${halo}<text${letters}>${body}</text>`;
    },
  );
}

/** The PDF file's bytes. Rejects if the SVG cannot be drawn. */
export function svgToPdf(input: PdfInput): Promise<Uint8Array> {
  const { svg, width, height, title, fonts } = input;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: [width, height],
      margin: 0,
      // The embedded font from the start: the browser build of pdfkit ships no standard fonts
      // unless asked, and the file then names no font it does not carry.
      font: fonts.regular as unknown as string,
      info: { Title: title, Creator: 'MLOps transit map' },
    });
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    try {
      // pdfkit's types ask for a Node Buffer; an ArrayBuffer or Uint8Array is what it reads.
      doc.registerFont(REGULAR, fonts.regular as unknown as Buffer);
      doc.registerFont(BOLD, fonts.bold as unknown as Buffer);
      SVGtoPDF(doc, splitHalos(svg), 0, 0, {
        width,
        height,
        assumePt: true,
        fontCallback: (_family, bold) => (bold ? BOLD : REGULAR),
        warningCallback: () => undefined,
      });
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
