// A map and its layout -> LOOM's GeoJSON line graph (the format of LOOM's topo, loom, octi
// and transitmap): one Point per station, one LineString per pair of stations that lines
// connect, each listing the lines on it. Described in the README ("GeoJSON line graph").
import type { Geometry } from '../layout/geometry.ts';
import { linePaths } from '../model/line-paths.ts';
import type { TransitMap } from '../model/schema.ts';

/**
 * LOOM's tools read WGS84 degrees. Our map pixels become degrees at this scale, y flipped so
 * that north stays up: a map 1,000 px wide spans about 11 km around 0°, 0°, the size of the
 * city networks LOOM's defaults are tuned for.
 */
export const DEGREES_PER_PIXEL = 1e-4;

export interface LoomLine {
  readonly id: string;
  readonly label: string;
  /** Hex without `#`, as LOOM writes it. */
  readonly color: string;
}

export interface LoomNodeFeature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: {
    readonly id: string;
    readonly station_id: string;
    readonly station_label: string;
  };
}

export interface LoomEdgeFeature {
  readonly type: 'Feature';
  readonly geometry: {
    readonly type: 'LineString';
    readonly coordinates: readonly (readonly [number, number])[];
  };
  readonly properties: {
    readonly from: string;
    readonly to: string;
    readonly lines: readonly LoomLine[];
  };
}

export interface LoomGraph {
  readonly type: 'FeatureCollection';
  readonly properties: { readonly id: string; readonly title: string };
  readonly features: readonly (LoomNodeFeature | LoomEdgeFeature)[];
}

const round = (value: number) => Math.round(value * 1e7) / 1e7;
const toDegrees = (x: number, y: number): [number, number] => [
  round(x * DEGREES_PER_PIXEL),
  // `|| 0` turns -0 into 0, so that the file never says "-0".
  round(-y * DEGREES_PER_PIXEL) || 0,
];

/** `#abc` or `#aabbcc` -> `aabbcc`. */
export const loomColor = (hex: string): string => {
  const digits = hex.replace(/^#/, '').toLowerCase();
  return digits.length === 3 ? digits.replace(/./g, (d) => d + d) : digits;
};

/** The edge key of two stations, the same whichever way a line runs. */
const edgeKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * The track between two stations as drawn for the first line on it (its bends included), with
 * the ends at the stations' centres; a straight segment if the geometry lacks it.
 */
function route(
  geometry: Geometry,
  edge: { readonly from: string; readonly to: string; readonly lines: readonly LoomLine[] },
  at: (id: string) => [number, number],
): [number, number][] {
  const drawn = geometry.lines.find((l) => l.id === edge.lines[0]?.id);
  for (const path of drawn?.paths ?? []) {
    for (let i = 1; i < path.stations.length; i++) {
      const a = path.stations[i - 1];
      const b = path.stations[i];
      const forward = a === edge.from && b === edge.to;
      if (!forward && !(a === edge.to && b === edge.from)) continue;
      const start = path.stationPoints[i - 1] ?? 0;
      const end = path.stationPoints[i] ?? 0;
      const inner = path.points.slice(start + 1, end).map((p) => toDegrees(p.x, p.y));
      return [at(edge.from), ...(forward ? inner : inner.reverse()), at(edge.to)];
    }
  }
  return [at(edge.from), at(edge.to)];
}

/**
 * The line graph of `map`, at the positions of `geometry`. Edges come in the order lines
 * first run along them; each edge's `from` is the stop its first line leaves.
 */
export function toLoomGraph(map: TransitMap, geometry: Geometry): LoomGraph {
  const where = new Map(geometry.stations.map((s) => [s.id, toDegrees(s.x, s.y)] as const));
  const at = (id: string): [number, number] => where.get(id) ?? [0, 0];
  const nodes: LoomNodeFeature[] = map.stations.map((station) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at(station.id) },
    properties: { id: station.id, station_id: station.id, station_label: station.label },
  }));

  const edges = new Map<string, { from: string; to: string; lines: LoomLine[] }>();
  for (const line of map.lines) {
    const entry: LoomLine = { id: line.id, label: line.label, color: loomColor(line.color) };
    for (const path of linePaths(line)) {
      for (let i = 1; i < path.length; i++) {
        const from = path[i - 1] as string;
        const to = path[i] as string;
        if (from === to) continue;
        const key = edgeKey(from, to);
        const edge = edges.get(key) ?? { from, to, lines: [] };
        if (!edge.lines.some((l) => l.id === line.id)) edge.lines.push(entry);
        edges.set(key, edge);
      }
    }
  }
  const links: LoomEdgeFeature[] = [...edges.values()].map((edge) => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: route(geometry, edge, at) },
    properties: edge,
  }));
  return {
    type: 'FeatureCollection',
    properties: { id: map.id, title: map.title },
    features: [...nodes, ...links],
  };
}

/** The line graph as the text of a `.geojson` file. */
export function exportGeoJson(map: TransitMap, geometry: Geometry): string {
  return `${JSON.stringify(toLoomGraph(map, geometry), null, 2)}\n`;
}
