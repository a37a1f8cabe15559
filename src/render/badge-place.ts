// Where each overlap badge goes: beside its station's marker, in the first of a ring of
// places around it that no label box (nor another badge, nor another station's marker)
// takes. The layout's label placer does not know about badges, so the renderer fits them
// into what it left free. Pure: no DOM.
import type { Box, Geometry, Point, StationGeometry } from '../layout/geometry.ts';

/** The badge's radius (OverlapSymbol draws a circle of this size). */
export const BADGE_RADIUS = 6.5;
/** Clear space kept between a badge and a label box: the boxes are approximate metrics. */
const MARGIN = 2.5;

// Diagonals first (where a badge reads as a superscript), then the sides, then further out.
const DIRECTIONS: readonly Point[] = [
  { x: 1, y: -1 },
  { x: -1, y: -1 },
  { x: 1, y: 1 },
  { x: -1, y: 1 },
  { x: 0, y: -1 },
  { x: 0, y: 1 },
  { x: 1, y: 0 },
  { x: -1, y: 0 },
].map((d) => {
  const n = Math.hypot(d.x, d.y);
  return { x: d.x / n, y: d.y / n };
});
const RINGS = [0, 5, 10, 16];

export const badgeBox = (p: Point, margin = 0): Box => ({
  x: p.x - BADGE_RADIUS - margin,
  y: p.y - BADGE_RADIUS - margin,
  width: 2 * (BADGE_RADIUS + margin),
  height: 2 * (BADGE_RADIUS + margin),
});

const overlap = (a: Box, b: Box): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

const ends = (s: StationGeometry): readonly Point[] =>
  s.marker.kind === 'capsule' ? [s.marker.a, s.marker.b] : [s];

const markerBox = (s: StationGeometry): Box => {
  const [a = s, b = s] = ends(s);
  const r = s.marker.r + 1;
  const x = Math.min(a.x, b.x) - r;
  const y = Math.min(a.y, b.y) - r;
  return { x, y, width: Math.abs(a.x - b.x) + 2 * r, height: Math.abs(a.y - b.y) + 2 * r };
};

/**
 * The centre of the badge of each station in `ids` (stations claimed by several tools).
 * The nearest ring with a place clear of every label box wins; otherwise the place that
 * covers the least label area.
 */
export function placeBadges(
  geometry: Pick<Geometry, 'stations' | 'labels'>,
  ids: Iterable<string>,
): Map<string, Point> {
  const wanted = new Set(ids);
  const labels = geometry.labels.map((l) => l.box);
  const markers = geometry.stations.map((s) => ({ id: s.id, box: markerBox(s) }));
  const placed: Box[] = [];
  const result = new Map<string, Point>();
  for (const s of geometry.stations) {
    if (!wanted.has(s.id)) continue;
    const r = s.marker.r;
    // Label area covered first (never, if it can be helped), then other markers, then distance.
    let best: { p: Point; hard: number; soft: number } | null = null;
    for (const ring of RINGS) {
      for (const d of DIRECTIONS) {
        // From the marker end that lies that way (a capsule is long), out past its edge.
        const from = ends(s).reduce((m, e) =>
          e.x * d.x + e.y * d.y > m.x * d.x + m.y * d.y ? e : m,
        );
        const reach = r + BADGE_RADIUS + 1.5 + ring;
        const p = { x: from.x + d.x * reach, y: from.y + d.y * reach };
        const box = badgeBox(p, MARGIN);
        let hard = 0;
        for (const l of labels) hard += overlap(box, l);
        for (const b of placed) hard += overlap(box, b);
        let soft = ring;
        for (const m of markers) if (m.id !== s.id) soft += overlap(box, m.box);
        if (!best || hard < best.hard || (hard === best.hard && soft < best.soft)) {
          best = { p, hard, soft };
        }
      }
      if (best && best.hard === 0) break;
    }
    if (best) {
      result.set(s.id, best.p);
      placed.push(badgeBox(best.p));
    }
  }
  return result;
}
