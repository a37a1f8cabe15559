import { useEffect, useMemo, useRef, useState } from 'react';
import { offMapClaims } from '../coverage/off-map.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import { compareMatrix, priorityText, sortRows, UNSOURCED } from '../coverage/report.ts';
import type { MatrixCell, MatrixLevel, RowSortKey, SortDirection } from '../coverage/report.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { ReportExport } from './report-export.tsx';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  /** With a requirement set active: rows annotated and first sorted by priority. */
  readonly priorities?: StationPriorities | undefined;
  readonly onClose: () => void;
}

const SYMBOL: Record<MatrixLevel, string> = { full: '●', partial: '◐', none: '–' };

/** A matrix of stations by selected solutions (full, partial, none), grouped by zone, sortable. */
/** A claim's level as a symbol; linked to its documentation when it has a source. */
function Cell({ cell }: { cell: MatrixCell }) {
  const symbol = (
    <>
      <span aria-hidden="true">{SYMBOL[cell.level]}</span>
      <span className="visually-hidden">{cell.level}</span>
    </>
  );
  if (cell.level === 'none') return symbol;
  return (
    <>
      {cell.source ? (
        <a href={cell.source} target="_blank" rel="noreferrer noopener" data-source="true">
          {symbol}
          <span className="visually-hidden"> (source)</span>
        </a>
      ) : (
        symbol
      )}
      {!cell.source && (
        <span
          className="unsourced"
          data-unsourced="true"
          title="No documentation link for this claim"
        >
          {' '}
          {UNSOURCED}
        </span>
      )}
    </>
  );
}

export function CompareView({ map, selected, priorities, onClose }: Props) {
  const [key, setKey] = useState<RowSortKey>(priorities ? 'priority' : 'zone');
  const [direction, setDirection] = useState<SortDirection>('asc');
  const dialog = useRef<HTMLDialogElement>(null);
  const matrix = useMemo(
    () => compareMatrix(map, selected, priorities),
    [map, selected, priorities],
  );
  const outside = useMemo(
    () =>
      selected.map((s) => ({ s, claims: offMapClaims(map, s) })).filter((x) => x.claims.length > 0),
    [map, selected],
  );
  const rows = useMemo(() => sortRows(matrix, key, direction), [matrix, key, direction]);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const sortBy = (next: RowSortKey) => {
    if (next === key) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setKey(next);
      setDirection(next === 'coverage' ? 'desc' : 'asc');
    }
  };
  const ariaSort = (k: RowSortKey) =>
    k === key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';

  return (
    <dialog ref={dialog} className="compare" data-testid="compare-view" onClose={onClose}>
      <header>
        <h2>Compare {selected.length} solutions</h2>
        <ReportExport
          map={map}
          selected={selected}
          rows={rows}
          priorities={priorities}
          testId="compare-export"
        />
        <button type="button" className="button small" onClick={onClose} aria-label="Close compare">
          ✕
        </button>
      </header>
      <div className="compare-scroll">
        <table>
          <thead>
            <tr>
              <th aria-sort={ariaSort('zone')}>
                <button type="button" onClick={() => sortBy('zone')}>
                  Zone
                </button>
              </th>
              <th aria-sort={ariaSort('label')}>
                <button type="button" onClick={() => sortBy('label')}>
                  Station
                </button>
              </th>
              {matrix.prioritised && (
                <th aria-sort={ariaSort('priority')}>
                  <button type="button" onClick={() => sortBy('priority')}>
                    Priority
                  </button>
                </th>
              )}
              {matrix.solutions.map((s) => (
                <th key={s.id} scope="col">
                  {s.name}
                </th>
              ))}
              <th aria-sort={ariaSort('coverage')}>
                <button type="button" onClick={() => sortBy('coverage')}>
                  Solutions
                </button>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const zoneStart = key !== 'zone' || i === 0 || rows[i - 1]?.zoneId !== row.zoneId;
              return (
                <tr
                  key={row.stationId}
                  data-station-row={row.stationId}
                  data-state={row.state}
                  data-priority={row.priority}
                >
                  <td className={zoneStart ? 'zone-start' : 'zone-repeat'}>{row.zoneLabel}</td>
                  <th scope="row">{row.label}</th>
                  {matrix.prioritised && (
                    <td className={`priority-${row.priority ?? ''}`}>{priorityText(row)}</td>
                  )}
                  {row.cells.map((cell) => (
                    <td
                      key={cell.solutionId}
                      data-level={cell.level}
                      title={cell.note ?? cell.level}
                      className={`cell-${cell.level}`}
                    >
                      <Cell cell={cell} />
                    </td>
                  ))}
                  <td>{row.coveredBy}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {outside.length > 0 && (
        <div className="compare-outside" data-testid="compare-off-map">
          <h3>Outside this map</h3>
          <ul>
            {outside.map(({ s, claims }) => (
              <li key={s.id} data-off-map-for={s.id}>
                <strong>{s.name}:</strong>{' '}
                {claims.map((c, i) => (
                  <span key={c.id} data-claim={c.id}>
                    {i > 0 ? ', ' : ''}
                    {c.source ? (
                      <a href={c.source} target="_blank" rel="noreferrer noopener">
                        {c.label}
                      </a>
                    ) : (
                      c.label
                    )}
                    {c.note ? ` (${c.note})` : ''}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="hint">
        ● full · ◐ partial (hover for the note) · – none · a linked symbol opens the claim's
        documentation; “{UNSOURCED}”: no link given
      </p>
    </dialog>
  );
}
