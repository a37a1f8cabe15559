// Labels on screen are drawn at a legible size or not at all: zoomed out until a name would
// be smaller than LEGIBLE_PX on screen, it is hidden, not shrunk (zoom in and it comes back).
// Hiding also spares a big map's many tiny labels the paint time of every frame of a pan.
// The screen only: exports always draw every label at the size the layout chose.

/** The smallest on-screen font size (px) at which a label is drawn. */
export const LEGIBLE_PX = 9;

export interface LodView {
  /** Screen pixels per map unit at zoom 1 (the viewBox fitted into the element). */
  readonly pixelsPerUnit: number;
  /** The zoom transform's scale. */
  readonly k: number;
}

/** Text of `fontSize` map units reads on screen at this view (unknown size: it does not). */
export function legible(fontSize: number, view: LodView): boolean {
  return fontSize * view.pixelsPerUnit * view.k >= LEGIBLE_PX;
}

/**
 * The labels to draw: all of them while their text is legible (`labels` itself), none when it
 * is not. A map's station labels share one font size; each is checked all the same.
 */
export function visibleLabels<L extends { readonly fontSize: number }>(
  labels: readonly L[],
  view: LodView,
): readonly L[] {
  if (labels.every((label) => legible(label.fontSize, view))) return labels;
  return labels.filter((label) => legible(label.fontSize, view));
}
