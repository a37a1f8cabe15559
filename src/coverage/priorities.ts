// A requirement set over a map: each station's priority (MoSCoW), and how far a selection
// meets it. `wont` stations are out of every score; a must counts only when covered fully.
import type { Priority, Requirements, TransitMap } from '../model/schema.ts';
import type { Coverage } from './coverage.ts';

/** Most important first. */
export const PRIORITIES: readonly Priority[] = ['must', 'should', 'could', 'wont'];

export const PRIORITY_RANK: Readonly<Record<Priority, number>> = {
  must: 0,
  should: 1,
  could: 2,
  wont: 3,
};

export const PRIORITY_LABEL: Readonly<Record<Priority, string>> = {
  must: 'Must',
  should: 'Should',
  could: 'Could',
  wont: "Won't",
};

export interface StationPriorities {
  readonly requirementsId: string;
  /** Every station of the map with its priority (listed, or the set's default). */
  readonly byStation: ReadonlyMap<string, Priority>;
  /** The `wont` stations: muted on the map, out of every score. */
  readonly excluded: ReadonlySet<string>;
  /** Notes of listed stations. */
  readonly notes: ReadonlyMap<string, string>;
}

/** Each station's priority under `requirements` (which must be for `map`). */
export function stationPriorities(map: TransitMap, requirements: Requirements): StationPriorities {
  const listed = new Map(requirements.needs.map((need) => [need.station, need] as const));
  const byStation = new Map<string, Priority>();
  const notes = new Map<string, string>();
  for (const station of map.stations) {
    const need = listed.get(station.id);
    byStation.set(station.id, need?.priority ?? requirements.default);
    const note = need?.note?.trim();
    if (note) notes.set(station.id, note);
  }
  const excluded = new Set([...byStation].filter(([, p]) => p === 'wont').map(([id]) => id));
  return { requirementsId: requirements.id, byStation, excluded, notes };
}

export interface PriorityCounts {
  readonly priority: Priority;
  readonly total: number;
  /** Covered fully by a selected solution. */
  readonly covered: number;
  readonly partial: number;
}

export interface RequirementsSummary {
  readonly mustTotal: number;
  readonly mustCovered: number;
  /** Musts not covered fully by the selection, in map order: what blocks the evaluation. */
  readonly blocking: readonly string[];
  /** must, should, could (wont is out of every score). */
  readonly counts: readonly PriorityCounts[];
}

/** How the selection (its coverage; none: nothing selected) meets the priorities. */
export function requirementsSummary(
  priorities: StationPriorities,
  coverage: Coverage | undefined,
): RequirementsSummary {
  const stateOf = (id: string) => coverage?.byStation.get(id)?.state ?? 'uncovered';
  const counts = PRIORITIES.filter((p) => p !== 'wont').map((priority): PriorityCounts => {
    const ids = [...priorities.byStation].filter(([, p]) => p === priority).map(([id]) => id);
    return {
      priority,
      total: ids.length,
      covered: ids.filter((id) => stateOf(id) === 'covered').length,
      partial: ids.filter((id) => stateOf(id) === 'partial').length,
    };
  });
  const musts = [...priorities.byStation].filter(([, p]) => p === 'must').map(([id]) => id);
  const blocking = musts.filter((id) => stateOf(id) !== 'covered');
  return {
    mustTotal: musts.length,
    mustCovered: musts.length - blocking.length,
    blocking,
    counts,
  };
}

/** Station ids ordered by priority (must first, wont last), map order within a priority. */
export function byPriority(
  ids: readonly string[],
  priorities: StationPriorities | undefined,
): string[] {
  if (!priorities) return [...ids];
  const rank = (id: string) => PRIORITY_RANK[priorities.byStation.get(id) ?? 'should'];
  return ids
    .map((id, index) => ({ id, index }))
    .sort((x, y) => rank(x.id) - rank(y.id) || x.index - y.index)
    .map(({ id }) => id);
}
