// Checks that a schema cannot express: references between ids, duplicates, pins.
import { messages } from './messages.ts';
import type { ParsedDocument } from './parse-yaml.ts';
import { problem } from './problem.ts';
import type { Problem, ProblemPath } from './problem.ts';
import { linePaths } from './line-paths.ts';
import type { Requirements, Solution, TransitMap } from './schema.ts';

type Locate = ParsedDocument['locate'];

const at = (
  locate: Locate,
  path: ProblemPath,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem => problem(message, { path, ...locate(path) }, severity);

function duplicates(
  items: readonly { id: string }[],
  section: string,
  kind: string,
  locate: Locate,
): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else {
      const firstLine = locate([section, seen, 'id']).line;
      problems.push(at(locate, [section, i, 'id'], messages.duplicateId(kind, item.id, firstLine)));
    }
  });
  return problems;
}

export function checkMap(map: TransitMap, locate: Locate): Problem[] {
  const problems = [
    ...duplicates(map.zones, 'zones', 'zone', locate),
    ...duplicates(map.lines, 'lines', 'line', locate),
    ...duplicates(map.stations, 'stations', 'station', locate),
  ];
  const stationIds = new Set(map.stations.map((s) => s.id));
  const zoneIds = new Set(map.zones.map((z) => z.id));
  const onLine = new Set<string>();

  map.lines.forEach((line, li) => {
    const branching = typeof line.stops[0] !== 'string';
    linePaths(line).forEach((path, pi) => {
      path.forEach((stop, si) => {
        const where: ProblemPath = branching
          ? ['lines', li, 'stops', pi, si]
          : ['lines', li, 'stops', si];
        onLine.add(stop);
        if (!stationIds.has(stop)) {
          problems.push(at(locate, where, messages.unknownStop(line.id, stop)));
        } else if (si > 0 && path[si - 1] === stop) {
          problems.push(at(locate, where, messages.repeatedStop(line.id, stop)));
        }
      });
    });
  });

  const pinned = new Map<string, string>();
  map.stations.forEach((station, i) => {
    if (station.zone !== undefined && !zoneIds.has(station.zone)) {
      problems.push(
        at(locate, ['stations', i, 'zone'], messages.unknownZone(station.id, station.zone)),
      );
    }
    if (!onLine.has(station.id)) {
      problems.push(
        at(locate, ['stations', i, 'id'], messages.stationOnNoLine(station.id), 'warning'),
      );
    }
    if (station.position) {
      const key = `${station.position.x},${station.position.y}`;
      const other = pinned.get(key);
      if (other !== undefined) {
        problems.push(
          at(locate, ['stations', i, 'position'], messages.samePosition(station.id, other)),
        );
      } else pinned.set(key, station.id);
    }
  });
  return problems;
}

/**
 * Against the map it is drawn over: unknown stations are warnings, the rest still applies. A
 * claim with a `label` on an id the map lacks is a claim outside the map, not a problem.
 */
export function checkSolution(solution: Solution, map: TransitMap, locate: Locate): Problem[] {
  const stationIds = new Set(map.stations.map((s) => s.id));
  const claimed = new Set<string>();
  const problems: Problem[] = [];
  solution.covers.forEach((claim, i) => {
    const id = typeof claim === 'string' ? claim : claim.station;
    const path: ProblemPath = typeof claim === 'string' ? ['covers', i] : ['covers', i, 'station'];
    const offMap = typeof claim !== 'string' && claim.label !== undefined;
    if (claimed.has(id)) {
      problems.push(at(locate, path, messages.duplicateClaim(solution.id, id), 'warning'));
    } else if (!stationIds.has(id) && !offMap) {
      problems.push(at(locate, path, messages.unknownClaim(solution.id, id, map.id), 'warning'));
    } else if (stationIds.has(id) && offMap) {
      const where: ProblemPath = ['covers', i, 'label'];
      problems.push(at(locate, where, messages.offMapLabel(solution.id, id, map.id), 'warning'));
    }
    claimed.add(id);
  });
  const partners = new Set<string>();
  (solution.integrations ?? []).forEach((integration, i) => {
    const path: ProblemPath = ['integrations', i, 'with'];
    if (integration.with === solution.id) {
      problems.push(at(locate, path, messages.selfIntegration(solution.id), 'warning'));
    } else if (partners.has(integration.with)) {
      const message = messages.duplicateIntegration(solution.id, integration.with);
      problems.push(at(locate, path, message, 'warning'));
    }
    partners.add(integration.with);
  });
  return problems;
}

/** Against its map: every station named must exist, and each once. */
export function checkRequirements(
  requirements: Requirements,
  map: TransitMap,
  locate: Locate,
): Problem[] {
  const stationIds = new Set(map.stations.map((s) => s.id));
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  requirements.needs.forEach((need, i) => {
    const path: ProblemPath = ['needs', i, 'station'];
    const seen = first.get(need.station);
    if (seen !== undefined) {
      const firstLine = locate(['needs', seen, 'station']).line;
      problems.push(
        at(locate, path, messages.duplicateNeed(requirements.id, need.station, firstLine)),
      );
    } else if (!stationIds.has(need.station)) {
      problems.push(at(locate, path, messages.unknownNeed(requirements.id, need.station, map.id)));
    }
    if (seen === undefined) first.set(need.station, i);
  });
  return problems;
}
