// Coverage of a map by the selected solutions: per station, per zone, per line, gaps and overlaps.
import type { CoverageLevel, Solution, TransitMap } from '../model/schema.ts';
import {
  LEVEL_VALUE,
  lineStationIds,
  resolveClaims,
  stationIds,
  uniqueSolutions,
} from './claims.ts';

/** covered: some selected solution claims the station fully; partial: only partial claims. */
export type StationState = 'covered' | 'partial' | 'uncovered';

export interface CoveredBy {
  readonly solutionId: string;
  readonly level: CoverageLevel;
  readonly note?: string;
  readonly source?: string;
}

export interface StationCoverage {
  readonly stationId: string;
  readonly state: StationState;
  /** Every selected solution that claims the station (full or partial), in selection order. */
  readonly by: readonly CoveredBy[];
  /** Claimed by two or more selected solutions, at any level (`by.length >= 2`). */
  readonly overlap: boolean;
}

export interface CoverageCounts {
  readonly covered: number;
  readonly partial: number;
  readonly uncovered: number;
  readonly total: number;
}

/** Counts over one zone's or one line's stations, e.g. "Feedback loop: 5 of 9 stations". */
export interface GroupCoverage extends CoverageCounts {
  readonly id: string;
  readonly label: string;
  readonly stationIds: readonly string[];
}

/** A solution's claims on stations the map does not have: warnings, the other claims still apply. */
export interface UnknownClaims {
  readonly solutionId: string;
  readonly stationIds: readonly string[];
}

export interface Coverage {
  /** The selection, in order, each id once. */
  readonly solutionIds: readonly string[];
  /** Every station of the map, in map order. */
  readonly stations: readonly StationCoverage[];
  readonly byStation: ReadonlyMap<string, StationCoverage>;
  readonly totals: CoverageCounts;
  /** The map's declared zones, in map order. */
  readonly zones: readonly GroupCoverage[];
  /** The map's lines, in map order. */
  readonly lines: readonly GroupCoverage[];
  /** Uncovered station ids, in map order. */
  readonly gaps: readonly string[];
  /** Station ids claimed by two or more selected solutions, in map order. */
  readonly overlaps: readonly string[];
  /** Only solutions that name unknown stations appear here, in selection order. */
  readonly unknown: readonly UnknownClaims[];
}

export interface CoverageOptions {
  /**
   * Stations out of every score (a requirement set's `wont`): still in `stations` and
   * `byStation`, but not in the totals, zones, lines, gaps or overlaps.
   */
  readonly exclude?: ReadonlySet<string>;
}

/** Coverage of `map` by the selected `solutions`. An empty selection leaves every station uncovered. */
export function computeCoverage(
  map: TransitMap,
  solutions: readonly Solution[],
  options: CoverageOptions = {},
): Coverage {
  const selected = uniqueSolutions(solutions);
  const exclude = options.exclude ?? new Set<string>();
  const ids = stationIds(map);
  const scored = ids.filter((id) => !exclude.has(id));
  const known = new Set(ids);
  const claimsBy = new Map<string, CoveredBy[]>(ids.map((id) => [id, []]));
  const unknown: UnknownClaims[] = [];
  const zoneOf = new Map<string, string | undefined>();
  for (const station of map.stations) {
    if (!zoneOf.has(station.id)) zoneOf.set(station.id, station.zone);
  }

  for (const solution of selected) {
    const missing: string[] = [];
    for (const [stationId, claim] of resolveClaims(solution)) {
      const list = claimsBy.get(stationId);
      if (list === undefined) missing.push(stationId);
      else list.push({ solutionId: solution.id, ...claim });
    }
    if (missing.length > 0) unknown.push({ solutionId: solution.id, stationIds: missing });
  }

  const stations = ids.map((stationId): StationCoverage => {
    const by = claimsBy.get(stationId) ?? [];
    return { stationId, state: stateOf(by), by, overlap: by.length >= 2 };
  });
  const byStation = new Map(stations.map((station) => [station.stationId, station]));
  const group = (id: string, label: string, members: readonly string[]): GroupCoverage => ({
    id,
    label,
    stationIds: members,
    ...countStates(members.map((member) => byStation.get(member)?.state ?? 'uncovered')),
  });

  return {
    solutionIds: selected.map((solution) => solution.id),
    stations,
    byStation,
    totals: countStates(scored.map((id) => byStation.get(id)?.state ?? 'uncovered')),
    zones: map.zones.map((zone) =>
      group(
        zone.id,
        zone.label,
        scored.filter((id) => zoneOf.get(id) === zone.id),
      ),
    ),
    lines: map.lines.map((line) =>
      group(
        line.id,
        line.label,
        lineStationIds(line, known).filter((id) => !exclude.has(id)),
      ),
    ),
    gaps: stations
      .filter((s) => s.state === 'uncovered' && !exclude.has(s.stationId))
      .map((s) => s.stationId),
    overlaps: stations
      .filter((s) => s.overlap && !exclude.has(s.stationId))
      .map((s) => s.stationId),
    unknown,
  };
}

function stateOf(by: readonly CoveredBy[]): StationState {
  if (by.some((claim) => claim.level === 'full')) return 'covered';
  return by.length > 0 ? 'partial' : 'uncovered';
}

/** Counts of covered, partial and uncovered among the given states. */
export function countStates(states: readonly StationState[]): CoverageCounts {
  let covered = 0;
  let partial = 0;
  for (const state of states) {
    if (state === 'covered') covered += 1;
    else if (state === 'partial') partial += 1;
  }
  return { covered, partial, uncovered: states.length - covered - partial, total: states.length };
}

export interface SolutionStats {
  readonly solutionId: string;
  /** Map stations the solution claims fully. */
  readonly full: number;
  /** Map stations the solution claims only partially. */
  readonly partial: number;
  /** All stations of the map. */
  readonly total: number;
  /** full × 1 + partial × 0.5, the weight the smallest-stack search uses. */
  readonly score: number;
  /** Claimed ids the map lacks. */
  readonly unknown: readonly string[];
}

/** How much of `map` one solution covers on its own. */
export function solutionStats(map: TransitMap, solution: Solution): SolutionStats {
  const known = new Set(stationIds(map));
  let full = 0;
  let partial = 0;
  const unknown: string[] = [];
  for (const [stationId, claim] of resolveClaims(solution)) {
    if (!known.has(stationId)) unknown.push(stationId);
    else if (claim.level === 'full') full += 1;
    else partial += 1;
  }
  return {
    solutionId: solution.id,
    full,
    partial,
    total: known.size,
    score: full * LEVEL_VALUE.full + partial * LEVEL_VALUE.partial,
    unknown,
  };
}
