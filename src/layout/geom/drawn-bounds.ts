// The box round everything a drawing shows: each station with a grid cell round it, the
// lines, the labels and the zones (outlines and names), padded.
import type { Box, Geometry, Point } from '../geometry.ts';
import { boundsOf } from './box.ts';

export type DrawnParts = Pick<Geometry, 'stations' | 'lines' | 'labels' | 'zones' | 'gridSize'>;

/** The bounds of what `g` draws, `pad` wider on every side; an empty box at 0 if nothing. */
export function drawnBounds(g: DrawnParts, pad: number): Box {
  const points: Point[] = [];
  const corners = (b: Box): void => {
    points.push({ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height });
  };
  const cell = g.gridSize;
  for (const s of g.stations)
    corners({ x: s.x - cell / 2, y: s.y - cell / 2, width: cell, height: cell });
  for (const l of g.lines) for (const p of l.paths) points.push(...p.points);
  for (const l of g.labels) corners(l.box);
  for (const z of g.zones) {
    for (const o of z.outlines) points.push(...o);
    corners(z.labelBox);
  }
  const r = boundsOf(points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
  if (r.minX > r.maxX) return { x: 0, y: 0, width: 0, height: 0 };
  return {
    x: r.minX - pad,
    y: r.minY - pad,
    width: r.maxX - r.minX + 2 * pad,
    height: r.maxY - r.minY + 2 * pad,
  };
}
