// The compare matrix (stations grouped by zone × selected solutions) and its CSV and Markdown forms.
import type { CoverageLevel, Solution, TransitMap } from '../model/schema.ts';
import { uniqueSolutions } from './claims.ts';
import { computeCoverage } from './coverage.ts';
import type { StationState } from './coverage.ts';

export type MatrixLevel = CoverageLevel | 'none';

export interface MatrixCell {
  readonly solutionId: string;
  readonly level: MatrixLevel;
  readonly note?: string;
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
}

/** Label of the group that gathers stations without a declared zone. */
export const NO_ZONE_LABEL = 'No zone';

/** The compare matrix of `map` for the selected `solutions`. */
export function compareMatrix(map: TransitMap, solutions: readonly Solution[]): CompareMatrix {
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
    groups.get(zoneId)?.push({
      stationId: station.stationId,
      label: stationOf.get(station.stationId)?.label ?? station.stationId,
      zoneId,
      zoneLabel: zoneId === null ? NO_ZONE_LABEL : (zoneLabels.get(zoneId) ?? zoneId),
      state: station.state,
      cells,
      coveredBy: station.by.length,
    });
  }

  const grouped = [...groups]
    .filter(([, rows]) => rows.length > 0)
    .map(([zoneId, rows]): MatrixGroup => ({ zoneId, label: rows[0]?.zoneLabel ?? '', rows }));
  return {
    solutions: coverage.solutionIds.map((id) => ({ id, name: names.get(id) ?? id })),
    groups: grouped,
    rows: grouped.flatMap((group) => group.rows),
  };
}

export type RowSortKey = 'zone' | 'label' | 'coverage';
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Matrix rows sorted by zone (map order of zones), by station label, or by the number of
 * solutions covering the station. Ties keep the matrix order, whatever the direction.
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
    return (zoneRank.get(a.zoneId) ?? 0) - (zoneRank.get(b.zoneId) ?? 0);
  };
  return matrix.rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** A cell's text: the level word, then the note if there is one. */
function cellText(cell: MatrixCell, none: string): string {
  const level = cell.level === 'none' ? none : cell.level;
  return cell.note === undefined ? level : `${level}: ${cell.note}`;
}

function tableOf(
  matrix: CompareMatrix,
  rows: readonly MatrixRow[],
  none: string,
): readonly (readonly string[])[] {
  const header = ['Zone', 'Station', ...matrix.solutions.map((solution) => solution.name)];
  const body = rows.map((row) => [
    row.zoneLabel,
    row.label,
    ...row.cells.map((cell) => cellText(cell, none)),
  ]);
  return [header, ...body];
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
  return tableOf(matrix, rows, 'none')
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
  const [header = [], ...body] = tableOf(matrix, rows, '–');
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n') + '\n';
}
