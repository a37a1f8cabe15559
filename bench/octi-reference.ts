// LOOM's octi on the real networks (issue 20, item 1): its layout time and the crossings and
// bends per edge of its drawings, measured with our measureQuality on other conversions of
// these networks (so its station counts differ a little from our files'). The layout bench
// prints our figures beside these for every network of bench/networks that has one.

export interface OctiReference {
  /** The id of the bench network (bench/networks/*.yaml) this stands beside. */
  readonly map: string;
  /** The network octi was measured on. */
  readonly network: string;
  /** Stations of the conversion octi laid out. */
  readonly stations: number;
  readonly ms: number;
  readonly crossings: number;
  /** measureQuality's bends.meanPerEdge. */
  readonly bendsPerEdge: number;
}

export const OCTI_REFERENCE: readonly OctiReference[] = [
  // No file in bench/networks yet: shown once one with this id is added.
  {
    map: 'freiburg-stadtbahn',
    network: 'Freiburg Stadtbahn',
    stations: 74,
    ms: 163,
    crossings: 0,
    bendsPerEdge: 0.41,
  },
  {
    map: 'vienna-u-bahn',
    network: 'Vienna U-Bahn',
    stations: 98,
    ms: 374,
    crossings: 0,
    bendsPerEdge: 0.19,
  },
  {
    map: 'berlin-u-bahn',
    network: 'Berlin U-Bahn',
    stations: 172,
    ms: 429,
    crossings: 0,
    bendsPerEdge: 0.16,
  },
  {
    map: 'stuttgart-stadtbahn',
    network: 'Stuttgart Stadtbahn',
    stations: 192,
    ms: 481,
    crossings: 8,
    bendsPerEdge: 0.42,
  },
  {
    map: 'sydney-trains',
    network: 'Sydney Trains',
    stations: 175,
    ms: 326,
    crossings: 2,
    bendsPerEdge: 0.32,
  },
  {
    map: 'chicago-l',
    network: "Chicago 'L'",
    stations: 143,
    ms: 328,
    crossings: 3,
    bendsPerEdge: 0.19,
  },
];

export function octiReference(mapId: string): OctiReference | undefined {
  return OCTI_REFERENCE.find((r) => r.map === mapId);
}
