// YAML text -> maps and solutions, with every problem located. Never throws.
import { checkMap, checkRequirements, checkSolution } from './check-map.ts';
import { messages } from './messages.ts';
import { MAX_SOURCE_BYTES, parseYaml } from './parse-yaml.ts';
import type { ParsedDocument } from './parse-yaml.ts';
import { hasErrors, problem, sortProblems } from './problem.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import { MAX_STATIONS, Requirements, Solution, TransitMap } from './schema.ts';
import { countStations } from './station-count.ts';

export interface LoadResult {
  readonly maps: readonly TransitMap[];
  readonly solutions: readonly Solution[];
  /** Requirement sets (kind: requirements), each for a map loaded here or before. */
  readonly requirements: readonly Requirements[];
  /** Errors and warnings, in source order. */
  readonly problems: readonly Problem[];
  /** No errors: the maps and solutions may be shown. Warnings do not count. */
  readonly ok: boolean;
}

/** More problems than anyone reads; a file with thousands would also slow the page down. */
export const MAX_REPORTED_PROBLEMS = 100;

/** The first problems in source order, and one more that says how many were left out. */
function capProblems(problems: readonly Problem[]): Problem[] {
  const sorted = sortProblems(problems);
  if (sorted.length <= MAX_REPORTED_PROBLEMS) return sorted;
  const kept = sorted.slice(0, MAX_REPORTED_PROBLEMS);
  const next = sorted[MAX_REPORTED_PROBLEMS] as Problem;
  const rest = sorted.length - MAX_REPORTED_PROBLEMS;
  const errors = hasErrors(sorted.slice(MAX_REPORTED_PROBLEMS)) ? 'error' : 'warning';
  return [...kept, problem(messages.moreProblems(rest), next, errors)];
}

export interface LoadContext {
  /** Maps already loaded, which solutions in this text may be drawn over. */
  readonly maps?: readonly TransitMap[];
}

type Kind = 'map' | 'solution' | 'requirements';

function kindOf(doc: ParsedDocument): { kind?: Kind; problem?: Problem } {
  const value = doc.value;
  const place = (message: string, path: string[] = []): Problem =>
    problem(message, { path, ...doc.locate(path) });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value)
      ? 'a list'
      : `the text ${JSON.stringify(String(value).slice(0, 40))}`;
    return { problem: place(messages.notAMapping(found)) };
  }
  const kind = (value as Record<string, unknown>)['kind'];
  if (kind === 'map' || kind === 'solution' || kind === 'requirements') return { kind };
  if (kind === undefined) return { problem: place(messages.missingKind()) };
  return { problem: place(messages.unknownKind(kind), ['kind']) };
}

/**
 * A map with more stations than the layout can handle, refused from a count of the text's
 * list items before the YAML parser builds anything (which takes seconds on a page at 5,000).
 * A file over the size limit is left to the parser, which says so first.
 */
function crowded(text: string): Problem | null {
  if (text.length > MAX_SOURCE_BYTES) return null;
  const over = countStations(text).find((s) => s.count > MAX_STATIONS);
  if (!over) return null;
  const message = messages.tooManyStations(over.count, MAX_STATIONS);
  return problem(message, { path: ['stations'], line: over.line });
}

/**
 * The same refusal for a list the count does not recognise (an anchor on it, a document
 * written as one flow mapping), before the schema walks every station.
 */
function oversized(doc: ParsedDocument): Problem | null {
  const stations = (doc.value as Record<string, unknown>)['stations'];
  if (!Array.isArray(stations) || stations.length <= MAX_STATIONS) return null;
  const message = messages.tooManyStations(stations.length, MAX_STATIONS);
  return problem(message, { path: ['stations'], ...doc.locate(['stations'], 'key') });
}

export function loadText(text: string, context: LoadContext = {}): LoadResult {
  const tooMany = crowded(text);
  if (tooMany) return { maps: [], solutions: [], requirements: [], problems: [tooMany], ok: false };
  let parsed;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    // parseYaml catches what it knows; this is the last line of defence for the rest.
    const message = messages.unreadable(error instanceof Error ? error.message : String(error));
    return { maps: [], solutions: [], requirements: [], problems: [problem(message)], ok: false };
  }
  const problems: Problem[] = [...parsed.problems];
  const maps: TransitMap[] = [];
  const pending: { solution: Solution; doc: ParsedDocument }[] = [];
  const pendingNeeds: { requirements: Requirements; doc: ParsedDocument }[] = [];

  for (const doc of parsed.documents) {
    const { kind, problem: refused } = kindOf(doc);
    if (refused) {
      problems.push(refused);
      continue;
    }
    if (kind === 'map') {
      const tooBig = oversized(doc);
      if (tooBig) {
        problems.push(tooBig);
        continue;
      }
      const result = TransitMap.safeParse(doc.value);
      if (!result.success) {
        problems.push(...schemaProblems(doc, result.error.issues, 'map'));
        continue;
      }
      const found = checkMap(result.data, doc.locate);
      problems.push(...found);
      if (!hasErrors(found)) maps.push(result.data);
    } else if (kind === 'requirements') {
      const result = Requirements.safeParse(doc.value);
      if (!result.success) {
        problems.push(...schemaProblems(doc, result.error.issues, 'requirements'));
      } else pendingNeeds.push({ requirements: result.data, doc });
    } else {
      const result = Solution.safeParse(doc.value);
      if (!result.success) problems.push(...schemaProblems(doc, result.error.issues, 'solution'));
      else pending.push({ solution: result.data, doc });
    }
  }

  const known = [...maps, ...(context.maps ?? [])];
  const solutions: Solution[] = [];
  for (const { solution, doc } of pending) {
    const map = known.find((m) => m.id === solution.map);
    if (!map) {
      const message = messages.wrongMap(solution.id, solution.map);
      problems.push(problem(message, { path: ['map'], ...doc.locate(['map']) }));
      continue;
    }
    problems.push(...checkSolution(solution, map, doc.locate));
    solutions.push(solution);
  }
  const requirements: Requirements[] = [];
  for (const { requirements: set, doc } of pendingNeeds) {
    const map = known.find((m) => m.id === set.map);
    const found = map
      ? checkRequirements(set, map, doc.locate)
      : [
          problem(messages.requirementsWrongMap(set.id, set.map), {
            path: ['map'],
            ...doc.locate(['map']),
          }),
        ];
    problems.push(...found);
    if (!hasErrors(found)) requirements.push(set);
  }
  const ok = !hasErrors(problems);
  return { maps, solutions, requirements, problems: capProblems(problems), ok };
}
