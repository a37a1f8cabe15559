// The editor panel's width: dragged (or set with the arrow keys) on its splitter, kept in the
// store (the display slice, which remembers it in localStorage), and drawn so that the map
// always has at least half of the window.
export const MIN_EDITOR_WIDTH = 260;

/** The widest the editor may be in a window `viewport` px wide: half of it (or the minimum). */
export const maxEditorWidth = (viewport: number): number =>
  Math.max(MIN_EDITOR_WIDTH, Math.floor(viewport / 2));

export const clampEditorWidth = (width: number, viewport: number): number =>
  Math.round(Math.min(maxEditorWidth(viewport), Math.max(MIN_EDITOR_WIDTH, width)));
