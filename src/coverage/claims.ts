// Claims and station sets, normalised: the small set arithmetic the rest of coverage builds on.
import { linePaths } from '../model/line-paths.ts';
import type { CoverageLevel, Line, Solution, TransitMap } from '../model/schema.ts';

/** What a level is worth when stacks are scored: full = 1, partial = 0.5. */
export const LEVEL_VALUE: Readonly<Record<CoverageLevel, number>> = { full: 1, partial: 0.5 };

/** One solution's claim on one station, after duplicates were merged. */
export interface ResolvedClaim {
  readonly level: CoverageLevel;
  readonly note?: string;
  /** The documentation page behind the claim. */
  readonly source?: string;
}

/** A solution's claims by station id, in claim order; a station claimed twice keeps the stronger level. */
export function resolveClaims(
  solution: Pick<Solution, 'covers'>,
): ReadonlyMap<string, ResolvedClaim> {
  const claims = new Map<string, ResolvedClaim>();
  for (const claim of solution.covers) {
    const next = toResolved(claim);
    const stationId = typeof claim === 'string' ? claim : claim.station;
    const previous = claims.get(stationId);
    if (previous === undefined || LEVEL_VALUE[next.level] > LEVEL_VALUE[previous.level]) {
      claims.set(stationId, next);
    } else if (previous.level === next.level) {
      // Same strength: keep the first claim but do not lose a note or source the second adds.
      const note = previous.note ?? next.note;
      const source = previous.source ?? next.source;
      claims.set(stationId, {
        level: previous.level,
        ...(note !== undefined ? { note } : {}),
        ...(source !== undefined ? { source } : {}),
      });
    }
  }
  return claims;
}

function toResolved(claim: Solution['covers'][number]): ResolvedClaim {
  if (typeof claim === 'string') return { level: 'full' };
  const note = claim.note?.trim();
  return {
    level: claim.level,
    ...(note ? { note } : {}),
    ...(claim.source !== undefined ? { source: claim.source } : {}),
  };
}

/** The map's station ids in map order, each once. */
export function stationIds(map: Pick<TransitMap, 'stations'>): readonly string[] {
  return [...new Set(map.stations.map((station) => station.id))];
}

/**
 * A line's stations: unique over all its paths, in order of first appearance, so a loop's
 * repeated station counts once. Stops the map does not declare are left out.
 */
export function lineStationIds(line: Pick<Line, 'stops'>, known: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const path of linePaths(line)) {
    for (const id of path) if (known.has(id)) ids.add(id);
  }
  return [...ids];
}

/** Solutions with the same id collapse onto the first one, so nothing is counted twice. */
export function uniqueSolutions<T extends Pick<Solution, 'id'>>(solutions: readonly T[]): T[] {
  const seen = new Set<string>();
  return solutions.filter((solution) => {
    if (seen.has(solution.id)) return false;
    seen.add(solution.id);
    return true;
  });
}
