// Stage 7: zones. Each zone is an area on a fine lattice (a quarter of a grid cell): the
// cells round its stations and bands along its track between its stations (zone-claims.ts),
// shared out so that no zone covers another zone's station, then shaped (narrow gaps closed,
// small enclosed gaps filled, stray fragments dropped, the pieces its track joins joined:
// zone-shape.ts). The zone's name is placed inside its area, the area grown to hold it where
// it has no room (zone-labels.ts); the outline is traced as an octilinear polygon
// (zone-outline.ts), drawn with rounded corners (zone-path.ts).
import type {
  LabelGeometry,
  LineGeometry,
  Point,
  StationGeometry,
  ZoneGeometry,
} from '../geometry.ts';
import type { TransitMap } from '../../model/schema.ts';
import { Lattice, type Stroke } from './lattice.ts';
import { available, claimCells, FREE, type Feature, type Marker } from './zone-claims.ts';
import { ZoneArea } from './zone-mask.ts';
import { closeGaps, joinPairs, keepAnchored } from './zone-shape.ts';
import { fillHoles, traceArea, traceScratch } from './zone-outline.ts';
import { placeZoneName } from './zone-labels.ts';
import { ZoneObstacles } from './zone-obstacles.ts';
import { zoneTrack, zoneBridges } from './zone-track.ts';

/** Sizes, as fractions of the grid size unless said otherwise. */
export const ZONE = {
  /** Side of a lattice cell. */
  cell: 1 / 4,
  /** How far a zone reaches round its stations' markers (octagonal norm). */
  station: 0.5,
  /** How far it reaches round its track between its stations. */
  track: 0.4,
  /** Space round a station, beyond its marker, that no other zone takes. */
  guard: 0.35,
  /** Space round a zone's own markers always inside it. */
  keepIn: 0.2,
  /** Stations of a zone closer than this are joined even without track between them. */
  bridge: 2.3,
  /** Gaps narrower than twice this many cells inside a zone are closed. */
  closeCells: 2,
  /** Enclosed gaps up to this area (grid units²) that hold nothing of another zone are filled. */
  fillBelow: 64,
  /** Corner radius of the drawn outline. */
  corner: 0.22,
} as const;

const MAX_CELLS = 160_000;

export interface ZoneOptions {
  readonly gridSize: number;
  /** Font size of the zones' names. */
  readonly fontSize: number;
  readonly lineWidth: number;
}

function markerOf(s: StationGeometry): Stroke & { r: number } {
  const m = s.marker;
  return m.kind === 'dot' ? { a: s, b: s, r: m.r } : { a: m.a, b: m.b, r: m.r };
}

export function drawZones(
  map: TransitMap,
  stations: readonly StationGeometry[],
  lines: readonly LineGeometry[],
  labels: readonly LabelGeometry[],
  options: ZoneOptions,
): ZoneGeometry[] {
  const g = options.gridSize;
  const zoneOf = new Map<string, string | undefined>();
  for (const s of map.stations) if (!zoneOf.has(s.id)) zoneOf.set(s.id, s.zone);
  const used = new Set(stations.map((s) => zoneOf.get(s.id)));
  const zones = map.zones.filter((z, i) => used.has(z.id) && map.zones.indexOf(z) === i);
  if (zones.length === 0) return [];
  const index = new Map(zones.map((z, i) => [z.id, i]));
  const zoneIndex = (id: string): number => index.get(zoneOf.get(id) ?? '') ?? -1;

  const markers: Marker[] = stations.map((s) => ({ ...markerOf(s), zone: zoneIndex(s.id) }));
  const byId = new Map(stations.map((s) => [s.id, s]));
  const track = zoneTrack(lines, zoneIndex, zones.length, (id) => byId.get(id));
  const bridges = zoneBridges(
    stations,
    zoneIndex,
    track.joined,
    zones.length,
    g * ZONE.bridge,
    g * 0.7,
  );
  const features: Feature[][] = zones.map(() => []);
  const forcedTrack: Stroke[][] = zones.map(() => []);
  markers.forEach((m) => {
    if (m.zone >= 0) features[m.zone]?.push({ a: m.a, b: m.b, reach: m.r + g * ZONE.station });
  });
  track.strokes.forEach((list, z) => {
    for (const s of list) {
      features[z]?.push({ ...s, reach: g * ZONE.track });
      forcedTrack[z]?.push(s);
    }
  });
  bridges.strokes.forEach((list, z) => {
    for (const s of list) {
      features[z]?.push({ ...s, reach: g * ZONE.track });
      forcedTrack[z]?.push(s);
    }
  });

  const points: Point[] = [];
  for (const m of markers) points.push(m.a, m.b);
  for (const list of track.strokes) for (const s of list) points.push(s.a, s.b);
  const lattice = new Lattice(points, g * ZONE.cell, g * 2, MAX_CELLS);
  const cell = lattice.cell;
  const claims = claimCells(lattice, {
    features,
    track: forcedTrack,
    markers,
    gutter: cell * 1.2,
    guard: g * ZONE.guard,
    band: cell * 0.75,
    keepIn: g * ZONE.keepIn,
  });

  const owned: number[][] = zones.map(() => []);
  for (let i = 0; i < lattice.size; i++) {
    const o = claims.owner[i] as number;
    const f = claims.forcedBy[i] as number;
    if (o >= 0 && (f === FREE || f === o)) owned[o]?.push(i);
  }
  const cellOf = (p: Point): number => lattice.row(p.y) * lattice.w + lattice.col(p.x);
  // Cells a zone took beyond its claim (closing gaps, filling holes, holding its name), so
  // that no two zones take the same free cell.
  const taken = new Int16Array(lattice.size).fill(FREE);
  const allow = (z: number, c: number): boolean =>
    available(claims, z, c) && (taken[c] === FREE || taken[c] === z);
  const passable = (z: number, c: number): boolean => {
    const guard = claims.guard[c] as number;
    return guard === FREE || guard === z;
  };
  const obstacles = new ZoneObstacles(
    stations,
    lines,
    labels,
    options.lineWidth,
    Math.max(6, options.fontSize),
  );
  const scratch = traceScratch(lattice);
  const fillBelow = ZONE.fillBelow * g * g;
  return zones.map((zone, z) => {
    const forced = claims.forced[z] ?? new Int32Array();
    const area = new ZoneArea(lattice, [...(owned[z] ?? []), ...forced]);
    const mayTake = (c: number): boolean => allow(z, c);
    closeGaps(area, mayTake, ZONE.closeCells);
    keepAnchored(area, forced);
    const pairs = [...(track.pairs[z] ?? []), ...(bridges.pairs[z] ?? [])].map(
      ([a, b]) => [cellOf(a), cellOf(b)] as const,
    );
    joinPairs(area, pairs, (c) => passable(z, c), 8);
    const traced = fillHoles(lattice, area, scratch, mayTake, fillBelow);
    const before = area.cells.length;
    const name = placeZoneName(zone.label, area, {
      lattice,
      obstacles,
      allow: mayTake,
      fontSize: options.fontSize,
    });
    for (const c of area.cells) taken[c] = z;
    const outline = traceArea(
      lattice,
      area,
      scratch,
      area.cells.length === before ? traced : undefined,
    );
    return {
      id: zone.id,
      label: zone.label,
      outlines: outline.outer,
      holes: outline.holes,
      corner: g * ZONE.corner,
      labelAnchor: name?.anchor ?? { x: 0, y: 0 },
      labelBox: name?.box ?? { x: 0, y: 0, width: 0, height: 0 },
      fontSize: options.fontSize,
    };
  });
}
