// Claims outside the map: a tool's claim on an id the map lacks, named by a `label`. Listed per
// tool ("outside this map"), the sign that it brings its own workflow. A claim on an unknown
// id without a label is a warning of the loader instead, and is not listed here.
import type { CoverageLevel, Solution, TransitMap } from '../model/schema.ts';

export interface OffMapClaim {
  readonly id: string;
  readonly label: string;
  readonly level: CoverageLevel;
  readonly note?: string;
  readonly source?: string;
}

/** The claims of `solution` outside `map`, in claim order, each id once. */
export function offMapClaims(
  map: Pick<TransitMap, 'stations'>,
  solution: Pick<Solution, 'covers'>,
): OffMapClaim[] {
  const known = new Set(map.stations.map((station) => station.id));
  const seen = new Set<string>();
  const claims: OffMapClaim[] = [];
  for (const claim of solution.covers) {
    if (typeof claim === 'string' || claim.label === undefined) continue;
    if (known.has(claim.station) || seen.has(claim.station)) continue;
    seen.add(claim.station);
    const note = claim.note?.trim();
    claims.push({
      id: claim.station,
      label: claim.label,
      level: claim.level,
      ...(note ? { note } : {}),
      ...(claim.source !== undefined ? { source: claim.source } : {}),
    });
  }
  return claims;
}
