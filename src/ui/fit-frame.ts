// What Fit frames: the map's whole bounds, labels included, while its labels will be legible
// at that size; when they will not (a wide map on a phone), they are hidden (label-lod.ts),
// so Fit frames what is still drawn — stations, lines, zones — and the map fills the screen
// instead of leaving bands where the hidden names would have been. Pure.
import type { Box, Geometry } from '../layout/geometry.ts';
import { LEGIBLE_PX } from '../render/label-lod.ts';

export function padded(box: Box, padding: number): Box {
  return {
    x: box.x - padding,
    y: box.y - padding,
    width: box.width + 2 * padding,
    height: box.height + 2 * padding,
  };
}

/** The box round the stations, lines and zone shapes, and the zones' names if asked. */
export function bareBounds(
  geometry: Pick<Geometry, 'stations' | 'lines' | 'zones' | 'bounds'>,
  zoneLabels: boolean,
): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (x: number, y: number, r = 0) => {
    left = Math.min(left, x - r);
    top = Math.min(top, y - r);
    right = Math.max(right, x + r);
    bottom = Math.max(bottom, y + r);
  };
  for (const s of geometry.stations) {
    if (s.marker.kind === 'capsule') {
      add(s.marker.a.x, s.marker.a.y, s.marker.r);
      add(s.marker.b.x, s.marker.b.y, s.marker.r);
    } else add(s.x, s.y, s.marker.r);
  }
  for (const line of geometry.lines)
    for (const p of line.paths) for (const q of p.points) add(q.x, q.y);
  for (const zone of geometry.zones) {
    for (const outline of zone.outlines) for (const q of outline) add(q.x, q.y);
    if (zoneLabels) {
      const b = zone.labelBox;
      add(b.x, b.y);
      add(b.x + b.width, b.y + b.height);
    }
  }
  if (!(right > left) || !(bottom > top)) return geometry.bounds;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * The box (map units) Fit should frame in a free area of `free` px, given `padding` map
 * units of margin round it.
 */
export function fitFrame(
  geometry: Pick<Geometry, 'stations' | 'lines' | 'zones' | 'labels' | 'bounds'>,
  padding: number,
  free: { readonly width: number; readonly height: number },
): Box {
  const pixelsPerUnit = (b: Box) => Math.min(free.width / b.width, free.height / b.height);
  const full = padded(geometry.bounds, padding);
  const font = geometry.labels[0]?.fontSize ?? 0;
  if (font === 0 || font * pixelsPerUnit(full) >= LEGIBLE_PX) return full;
  let bare = padded(bareBounds(geometry, false), padding);
  const zoneFont = geometry.zones[0]?.fontSize ?? 0;
  if (zoneFont * pixelsPerUnit(bare) >= LEGIBLE_PX)
    bare = padded(bareBounds(geometry, true), padding);
  // Framed tighter, the names might grow legible again: then they need their room after all.
  return font * pixelsPerUnit(bare) < LEGIBLE_PX ? bare : full;
}
