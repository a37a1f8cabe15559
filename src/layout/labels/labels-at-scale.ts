// Labels for a larger size (presentation mode): the same placer, run again on a finished
// drawing for text `scale` times as large, with the drawing's stations and lines as the
// obstacles. Nothing but labels and zone names moves. Every label stays beside its
// station: it is tried only close to its marker (never at the end of a leader), at the
// full size or, where nothing there is clear, a little smaller, down to the map's own
// size; a name that still covers a line, another station or another name is left out
// (`hidden`: the caller can still name that station), never set adrift.
import RBush from 'rbush';
import type { Geometry, LabelGeometry } from '../geometry.ts';
import { intersection, rectOf, type Rect } from '../geom/box.ts';
import { drawnBounds } from '../geom/drawn-bounds.ts';
import type { TransitMap } from '../../model/schema.ts';
import { drawZones } from '../zones/zones.ts';
import { zoneFontSize } from '../zones/zone-labels.ts';
import type { LabelReach, LabelSize } from './label-candidates.ts';
import { obstacleList, type Obstacle } from './label-cost.ts';
import { markerAxis, markerRectDistance } from './label-geometry.ts';
import { placeLabels } from './labels.ts';

/** Beside the marker: 0.3 or 0.7 font sizes off, no leaders. */
export const ATTACHED: LabelReach = {
  gaps: [
    [0.3, 0],
    [0.7, 0.8],
  ],
  leaders: false,
};

/** The farthest a label set with `ATTACHED` lies from its marker, in font sizes. */
export const ATTACHED_GAP_EM = 0.7;

/**
 * What each step smaller costs: more than any spot's preference at the full size (so a name
 * is set smaller only where no spot beside its station is clear), less than covering a line
 * or doubt over whose name it is.
 */
const SIZE_STEP_COST = 6;

/** Sizes a name may be set at: the full size, two steps smaller, and the map's own size. */
export function sizesFor(scale: number): LabelSize[] {
  const smallest = Math.min(1, 1 / scale);
  const factors = [1, ...[0.88, 0.77].filter((f) => f > smallest + 0.02)];
  if (smallest < 1) factors.push(smallest);
  return factors.map((factor, i) => ({ factor, cost: SIZE_STEP_COST * i }));
}

/** The font size of station labels when none is drawn. */
const DEFAULT_FONT_SIZE = 12;

export interface ScaledLabels {
  /** The geometry with its labels, zone names and bounds for the larger text. */
  readonly geometry: Geometry;
  /** Stations whose names found no clear spot beside them at this size, left out. */
  readonly hidden: readonly string[];
}

/**
 * `geometry`'s labels placed again for text `scale` times its size. The names are those of
 * the labels as drawn; `names` gives them for stations that have none. With `map`, the zones
 * are drawn again round the larger names, their own names at the larger size too; without
 * it they stay as they were.
 */
export function labelsAtScale(
  geometry: Geometry,
  scale: number,
  names?: ReadonlyMap<string, string>,
  map?: TransitMap,
): ScaledLabels {
  if (!(scale > 0) || !Number.isFinite(scale) || geometry.stations.length === 0)
    return { geometry, hidden: [] };
  const base = geometry.labels[0]?.fontSize ?? DEFAULT_FONT_SIZE;
  const fontSize = base * scale;
  const drawn = new Map(geometry.labels.map((l) => [l.stationId, l.rows.join(' ')]));
  const text = geometry.stations.map((s) => drawn.get(s.id) ?? names?.get(s.id) ?? s.id);
  const placed = placeLabels(geometry.stations, text, geometry.lines, {
    fontSize,
    lineWidth: geometry.lineWidth,
    reach: ATTACHED,
    sizes: sizesFor(scale),
  });
  const clear = clearOfDrawing(placed, geometry, fontSize);
  const kept = withoutOverlaps(clear, geometry);
  const shown = new Set(kept.map((l) => l.stationId));
  const zones = map
    ? drawZones(map, geometry.stations, geometry.lines, kept, {
        gridSize: geometry.gridSize,
        fontSize: zoneFontSize(fontSize),
        lineWidth: geometry.lineWidth,
      })
    : geometry.zones;
  const next = { ...geometry, labels: kept, zones };
  return {
    geometry: { ...next, bounds: drawnBounds(next, fontSize) },
    hidden: placed.filter((l) => !shown.has(l.stationId)).map((l) => l.stationId),
  };
}

/**
 * The labels within one em (`fontSize`) of their own marker (a very wide name slid along
 * its side can end further off) that cover no line as drawn and no other station's marker.
 */
function clearOfDrawing(
  labels: readonly LabelGeometry[],
  g: Geometry,
  fontSize: number,
): LabelGeometry[] {
  const tree = new RBush<Obstacle>();
  tree.load(obstacleList(g.stations, g.lines, g.lineWidth / 2, 0));
  const own = new Map(g.stations.map((s, i) => [s.id, i]));
  return labels.filter((label) => {
    const box = rectOf(label.box);
    const self = own.get(label.stationId);
    const station = self === undefined ? undefined : g.stations[self];
    if (!station) return false;
    const { minX, minY, maxX, maxY } = box;
    if (markerRectDistance(markerAxis(station), minX, minY, maxX, maxY) > fontSize) return false;
    return !tree
      .search(box)
      .some(
        (o) =>
          o.station !== self && markerRectDistance(o, box.minX, box.minY, box.maxX, box.maxY) <= 0,
      );
  });
}

/**
 * The labels that overlap no other, the more important kept first: interchanges (by how
 * many lines stop there), then the rest in map order.
 */
function withoutOverlaps(labels: readonly LabelGeometry[], g: Geometry): LabelGeometry[] {
  const lineCount = new Map(g.stations.map((s) => [s.id, s.lines.length]));
  const order = labels
    .map((label, i) => ({ label, i, weight: lineCount.get(label.stationId) ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  const tree = new RBush<Rect>();
  const keep = new Set<number>();
  for (const { label, i } of order) {
    const box = rectOf(label.box);
    const clash = tree.search(box).some((o) => {
      const { width, height } = intersection(o, box);
      return width > 0 && height > 0;
    });
    if (clash) continue;
    tree.insert(box);
    keep.add(i);
  }
  return labels.filter((_, i) => keep.has(i));
}
