// The compare matrix (stations grouped by zone × selected solutions) and its CSV and Markdown forms.
import type { CoverageLevel, Priority, Solution, TransitMap } from '../model/schema.ts';
import { uniqueSolutions } from './claims.ts';
import { computeCoverage } from './coverage.ts';
import type { StationState } from './coverage.ts';
import { PRIORITY_LABEL, PRIORITY_RANK } from './priorities.ts';
import type { StationPriorities } from './priorities.ts';

export type MatrixLevel = CoverageLevel | 'none';

export interface MatrixCell {
  readonly solutionId: string;
  readonly level: MatrixLevel;
  readonly note?: string;
  /** The documentation page behind the claim; a claim without one is "unsourced". */
  readonly source?: string;
}

export interface MatrixRow {
  readonly stationId: string;
  readonly label: string;
  /** The station's zone, or null when it has none (or names a zone the map lacks). */
  readonly zoneId: string | null;
  readonly zoneLabel: string;
  readonly state: StationState;
  /** One cell per selected solution, in selection order. */
  readonly cells: readonly MatrixCell[];
  /** How many selected solutions claim the station, at any level. */
  readonly coveredBy: number;
  /** With a requirement set active: the station's priority, and the set's note on it. */
  readonly priority?: Priority;
  readonly requirement?: string;
}

export interface MatrixGroup {
  readonly zoneId: string | null;
  readonly label: string;
  readonly rows: readonly MatrixRow[];
}

export interface MatrixSolution {
  readonly id: string;
  readonly name: string;
}

export interface CompareMatrix {
  readonly solutions: readonly MatrixSolution[];
  /** Zones in map order, then stations without a declared zone; stations in map order within. */
  readonly groups: readonly MatrixGroup[];
  /** The groups' rows, flattened in the same order. */
  readonly rows: readonly MatrixRow[];
  /** Whether rows carry priorities (a requirement set is active). */
  readonly prioritised: boolean;
}

/** Label of the group that gathers stations without a declared zone. */
export const NO_ZONE_LABEL = 'No zone';

/** The compare matrix of `map` for the selected `solutions`, annotated by `priorities` if given. */
export function compareMatrix(
  map: TransitMap,
  solutions: readonly Solution[],
  priorities?: StationPriorities,
): CompareMatrix {
  const coverage = computeCoverage(map, solutions);
  const names = new Map(
    uniqueSolutions(solutions).map((solution) => [solution.id, solution.name] as const),
  );
  const zoneLabels = new Map(map.zones.map((zone) => [zone.id, zone.label] as const));
  const stationOf = new Map(map.stations.map((station) => [station.id, station] as const));
  const groups = new Map<string | null, MatrixRow[]>(map.zones.map((zone) => [zone.id, []]));
  groups.set(null, []);

  for (const station of coverage.stations) {
    const declared = stationOf.get(station.stationId)?.zone;
    const zoneId = declared !== undefined && zoneLabels.has(declared) ? declared : null;
    const cells = coverage.solutionIds.map((solutionId): MatrixCell => {
      const claim = station.by.find((by) => by.solutionId === solutionId);
      return claim ?? { solutionId, level: 'none' };
    });
    const priority = priorities?.byStation.get(station.stationId);
    const requirement = priorities?.notes.get(station.stationId);
    groups.get(zoneId)?.push({
      stationId: station.stationId,
      label: stationOf.get(station.stationId)?.label ?? station.stationId,
      zoneId,
      zoneLabel: zoneId === null ? NO_ZONE_LABEL : (zoneLabels.get(zoneId) ?? zoneId),
      state: station.state,
      cells,
      coveredBy: station.by.length,
      ...(priority !== undefined ? { priority } : {}),
      ...(requirement !== undefined ? { requirement } : {}),
    });
  }

  const grouped = [...groups]
    .filter(([, rows]) => rows.length > 0)
    .map(([zoneId, rows]): MatrixGroup => ({ zoneId, label: rows[0]?.zoneLabel ?? '', rows }));
  return {
    solutions: coverage.solutionIds.map((id) => ({ id, name: names.get(id) ?? id })),
    groups: grouped,
    rows: grouped.flatMap((group) => group.rows),
    prioritised: priorities !== undefined,
  };
}

export type RowSortKey = 'zone' | 'label' | 'coverage' | 'priority';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const rankOf = (row: MatrixRow): number => (row.priority ? PRIORITY_RANK[row.priority] : 0);

/**
 * Matrix rows sorted by zone (map order of zones), by station label, by the number of
 * solutions covering the station, or by priority (must first). Ties keep the matrix order,
 * whatever the direction.
 */
export function sortRows(
  matrix: CompareMatrix,
  key: RowSortKey,
  direction: SortDirection = 'asc',
): MatrixRow[] {
  const zoneRank = new Map(matrix.groups.map((group, index) => [group.zoneId, index] as const));
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: MatrixRow, b: MatrixRow): number => {
    if (key === 'label') return collator.compare(a.label, b.label);
    if (key === 'coverage') return a.coveredBy - b.coveredBy;
    if (key === 'priority') return rankOf(a) - rankOf(b);
    return (zoneRank.get(a.zoneId) ?? 0) - (zoneRank.get(b.zoneId) ?? 0);
  };
  return matrix.rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Marks a claim without a documentation page. */
export const UNSOURCED = 'unsourced';

type Cite = (url: string) => string;

/** A cell's text: the level word, the note if there is one, then its source (or "unsourced"). */
function cellText(cell: MatrixCell, none: string, cite: Cite): string {
  if (cell.level === 'none') return none;
  const noted = cell.note === undefined ? cell.level : `${cell.level}: ${cell.note}`;
  return `${noted} (${cell.source !== undefined ? cite(cell.source) : UNSOURCED})`;
}

function tableOf(
  matrix: CompareMatrix,
  rows: readonly MatrixRow[],
  none: string,
  cite: Cite,
): readonly (readonly string[])[] {
  const priority = matrix.prioritised ? ['Priority'] : [];
  const header = ['Zone', 'Station', ...priority, ...matrix.solutions.map((s) => s.name)];
  const body = rows.map((row) => [
    row.zoneLabel,
    row.label,
    ...(matrix.prioritised ? [priorityText(row)] : []),
    ...row.cells.map((cell) => cellText(cell, none, cite)),
  ]);
  return [header, ...body];
}

/** "Must", or "Must: p99 < 50 ms" with the requirement's note. */
export function priorityText(row: MatrixRow): string {
  if (!row.priority) return '';
  const label = PRIORITY_LABEL[row.priority];
  return row.requirement === undefined ? label : `${label}: ${row.requirement}`;
}

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return, after any spaces) gets a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[ ]*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The matrix as CSV: a header, one record per row, CRLF line ends (RFC 4180). */
export function toCsv(matrix: CompareMatrix, rows: readonly MatrixRow[] = matrix.rows): string {
  return tableOf(matrix, rows, 'none', (url) => `source: ${url}`)
    .map((record) => record.map(csvField).join(',') + '\r\n')
    .join('');
}

/**
 * One Markdown table cell: backslashes and pipes escaped, `<` escaped so that no HTML tag
 * comes through, line breaks turned into `<br>`.
 */
export function markdownCell(value: string): string {
  return value
    .trim()
    .replace(/[\\|<]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** The matrix as a GitHub-flavoured Markdown table; a dash marks a station a solution does not claim. */
export function toMarkdown(
  matrix: CompareMatrix,
  rows: readonly MatrixRow[] = matrix.rows,
): string {
  const [header = [], ...body] = tableOf(
    matrix,
    rows,
    '–',
    (url) => `[source](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`,
  );
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n') + '\n';
}
