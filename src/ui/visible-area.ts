// The part of the map not under a panel: what is left of the map's box once the boxes over
// it (the header with the search, a details panel, an open drawer) are cut away from the
// side each one sits on. Fly-to centres a station there, not under a panel. Pure.

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function visibleArea(view: Rect, covers: readonly Rect[]): Rect {
  let { left, top, right, bottom } = view;
  for (const c of covers) {
    if (c.right <= left || c.left >= right || c.bottom <= top || c.top >= bottom) continue;
    const w = right - left;
    const h = bottom - top;
    const spansHeight = Math.min(c.bottom, bottom) - Math.max(c.top, top) >= 0.6 * h;
    const spansWidth = Math.min(c.right, right) - Math.max(c.left, left) >= 0.6 * w;
    // A tall box is a side panel: cut it from its side; a wide (or small) one from the top or bottom.
    if (spansHeight && !spansWidth) {
      if (c.left - left < right - c.right) left = Math.max(left, c.right);
      else right = Math.min(right, c.left);
    } else if (c.top - top < bottom - c.bottom) top = Math.max(top, c.bottom);
    else bottom = Math.min(bottom, c.top);
  }
  // Never less than a sliver: panels covering it all leave the whole view.
  if (right - left < 40 || bottom - top < 40) return view;
  return { left, top, right, bottom };
}
