// Rasterises an exported SVG to PNG in the browser: the SVG as an <img> (a blob: URL, which
// the page's CSP allows), drawn on a canvas at 1×, 2× or 4×. A canvas past the browser's
// limits draws nothing or a truncated picture without any error, so sizes are checked
// first and the result is verified: a clear message beats a blank slide.
import { renderMessages as m } from './messages.ts';

/** Chromium's limits (Firefox's are close; Safari's are lower on phones). */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 268_435_456 } as const;

export interface CanvasLimits {
  readonly maxSide: number;
  readonly maxArea: number;
}

export class PngExportError extends Error {
  override readonly name = 'PngExportError';
}

/** Why a canvas of `width`×`height` pixels cannot be drawn, or null if it can. */
export function canvasProblem(
  width: number,
  height: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): string | null {
  if (!(width >= 1 && height >= 1)) return m.nothingToDraw(width, height);
  if (width > limits.maxSide || height > limits.maxSide)
    return m.pngTooWide(width, height, limits.maxSide);
  if (width * height > limits.maxArea) return m.pngTooLarge(width, height);
  return null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'sync';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new PngExportError(m.svgUnreadable()));
    img.src = url;
  });
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));

/**
 * The PNG of `svg` (whose size is `width`×`height` CSS px) at `scale`. Rejects with a
 * PngExportError saying why when the canvas would be too large or did not really draw.
 */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
  limits: CanvasLimits = CANVAS_LIMITS,
): Promise<Blob> {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const problem = canvasProblem(w, h, limits);
  if (problem) throw new PngExportError(problem);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width !== w || canvas.height !== h) {
      throw new PngExportError(m.canvasRefused(w, h));
    }
    ctx.drawImage(img, 0, 0, w, h);
    // The picture has an opaque background: a transparent corner means it was not drawn.
    const corners = [
      ctx.getImageData(0, 0, 1, 1).data[3],
      ctx.getImageData(w - 1, h - 1, 1, 1).data[3],
    ];
    if (corners.some((alpha) => alpha !== 255)) {
      throw new PngExportError(m.notDrawn(w, h));
    }
    const blob = await toBlob(canvas);
    if (!blob) throw new PngExportError(m.notEncoded(w, h));
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
