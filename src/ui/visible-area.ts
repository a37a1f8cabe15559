// The part of the map not under a panel: what is left of the map's box once the boxes over
// it (the header with the search, the map's key, a details sheet) are cut away. Fit frames
// the map there and fly-to centres a station there. Pure.

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);

export function visibleArea(view: Rect, covers: readonly Rect[]): Rect {
  let free = view;
  for (const c of covers) {
    const { left, top, right, bottom } = free;
    if (c.right <= left || c.left >= right || c.bottom <= top || c.top >= bottom) continue;
    // Keep the largest of the four parts beside the box: left of it, right of it, above or
    // below. A tall box at a side (a panel) leaves the rest of the width, a wide one at the
    // top or bottom (a header, a sheet, a strip) the rest of the height.
    const parts: Rect[] = [
      { left, top, right: Math.min(right, c.left), bottom },
      { left: Math.max(left, c.right), top, right, bottom },
      { left, top, right, bottom: Math.min(bottom, c.top) },
      { left, top: Math.max(top, c.bottom), right, bottom },
    ];
    free = parts.reduce((best, part) => (area(part) > area(best) ? part : best));
  }
  // Never less than a sliver: panels covering it all leave the whole view.
  if (free.right - free.left < 40 || free.bottom - free.top < 40) return view;
  return free;
}

/** The SVG's viewBox, in map units. */
export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A zoom transform: a map point p is drawn at k·p + (x, y), in viewBox units. */
export interface ZoomParts {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/**
 * How the viewBox sits in the element (preserveAspectRatio "xMidYMid meet"): pixels per
 * map unit, and the screen point of the viewBox's corner.
 */
export function viewBoxPlacement(viewBox: ViewBox, view: Rect) {
  const width = view.right - view.left;
  const height = view.bottom - view.top;
  const scale = Math.min(width / viewBox.width, height / viewBox.height) || 1;
  return {
    scale,
    left: view.left + (width - viewBox.width * scale) / 2,
    top: view.top + (height - viewBox.height * scale) / 2,
  };
}

/** The transform that draws map point `point` (viewBox units) at `screen`, at zoom `k`. */
export function transformPlacing(
  point: { readonly x: number; readonly y: number },
  screen: { readonly x: number; readonly y: number },
  k: number,
  viewBox: ViewBox,
  view: Rect,
): ZoomParts {
  const at = viewBoxPlacement(viewBox, view);
  return {
    k,
    x: (screen.x - at.left) / at.scale + viewBox.x - k * point.x,
    y: (screen.y - at.top) / at.scale + viewBox.y - k * point.y,
  };
}

/**
 * Fit: `frame` (map units: the map and its margin) as large as it goes inside `free`,
 * centred there.
 */
export function fitTransform(viewBox: ViewBox, frame: ViewBox, view: Rect, free: Rect): ZoomParts {
  const { scale } = viewBoxPlacement(viewBox, view);
  const k = Math.min(
    (free.right - free.left) / (frame.width * scale),
    (free.bottom - free.top) / (frame.height * scale),
  );
  const centre = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
  const screen = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
  return transformPlacing(centre, screen, k, viewBox, view);
}
