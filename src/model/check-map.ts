// Checks that a schema cannot express: references between ids, duplicates, pins.
import { messages } from './messages.ts';
import type { ParsedDocument } from './parse-yaml.ts';
import type { Problem, ProblemPath } from './problem.ts';
import { linePaths } from './line-paths.ts';
import type { Solution, TransitMap } from './schema.ts';

type Locate = ParsedDocument['locate'];

const at = (
  locate: Locate,
  path: ProblemPath,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem => ({ severity, message, path, ...locate(path) });

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

/** Against the map it is drawn over: unknown stations are warnings, the rest still applies. */
export function checkSolution(solution: Solution, map: TransitMap, locate: Locate): Problem[] {
  const stationIds = new Set(map.stations.map((s) => s.id));
  const claimed = new Set<string>();
  const problems: Problem[] = [];
  solution.covers.forEach((claim, i) => {
    const id = typeof claim === 'string' ? claim : claim.station;
    const path: ProblemPath = typeof claim === 'string' ? ['covers', i] : ['covers', i, 'station'];
    if (!stationIds.has(id)) {
      problems.push(at(locate, path, messages.unknownClaim(solution.id, id, map.id), 'warning'));
    } else if (claimed.has(id)) {
      problems.push(at(locate, path, messages.duplicateClaim(solution.id, id), 'warning'));
    }
    claimed.add(id);
  });
  return problems;
}
