// Level of detail for station labels. Zoomed far out, a big map's labels are a few pixels
// tall: unreadable, yet each one costs paint time on every frame of a pan. So below a
// legible size only the most important labels are drawn (interchanges, by the number of
// lines that meet there, then termini, then the rest in map order), fewer the smaller the
// text gets on screen. The screen only: exports always draw every label.
import type { Geometry } from '../layout/geometry.ts';

/** On-screen font size (px) from which every label is drawn. */
export const LEGIBLE_PX = 5;
/** However small the text, this many labels stay, so that the map keeps some names. */
export const MIN_LABELS = 8;

/** Station ids in the order their labels should survive: most important first. */
export function labelPriority(geometry: Pick<Geometry, 'labels' | 'stations' | 'lines'>): string[] {
  const lineCount = new Map(geometry.stations.map((s) => [s.id, s.lines.length]));
  const termini = new Set<string>();
  for (const line of geometry.lines) {
    for (const path of line.paths) {
      const first = path.stations[0];
      const last = path.stations[path.stations.length - 1];
      if (first !== undefined) termini.add(first);
      if (last !== undefined) termini.add(last);
    }
  }
  const score = (id: string) => {
    const lines = lineCount.get(id) ?? 0;
    return (lines >= 2 ? lines * 2 : 0) + (termini.has(id) ? 1 : 0);
  };
  return geometry.labels
    .map((label, index) => ({ id: label.stationId, index, score: score(label.stationId) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.id);
}

/** How many labels to draw when text of `fontSize` map units shows at `screenFontPx`. */
export function labelBudget(total: number, screenFontPx: number): number {
  if (!(screenFontPx > 0)) return Math.min(total, MIN_LABELS);
  if (screenFontPx >= LEGIBLE_PX) return total;
  const share = (screenFontPx / LEGIBLE_PX) ** 2;
  return Math.min(total, Math.max(MIN_LABELS, Math.ceil(total * share)));
}

/** Rounds a zoom factor to quarter steps of a power of two, so that panning reuses a choice. */
export function quantiseZoom(k: number): number {
  if (!(k > 0)) return 1;
  return 2 ** (Math.round(Math.log2(k) * 4) / 4);
}

export interface LodView {
  /** Screen pixels per map unit at zoom 1 (the viewBox fitted into the element). */
  readonly pixelsPerUnit: number;
  /** The zoom transform's scale. */
  readonly k: number;
}

/**
 * The labels to draw: the first `labelBudget` of `priority`, plus any in `always` (the
 * selected station, say). Returns `labels` itself when all of them fit.
 */
export function visibleLabels<L extends { readonly stationId: string; readonly fontSize: number }>(
  labels: readonly L[],
  priority: readonly string[],
  view: LodView,
  always: readonly string[] = [],
): readonly L[] {
  const fontSize = labels[0]?.fontSize ?? 0;
  const budget = labelBudget(labels.length, fontSize * view.pixelsPerUnit * quantiseZoom(view.k));
  if (budget >= labels.length) return labels;
  const keep = new Set(priority.slice(0, budget));
  for (const id of always) keep.add(id);
  return labels.filter((label) => keep.has(label.stationId));
}
