import { useEffect, useMemo, useRef, useState } from 'react';
import { compareMatrix, sortRows } from '../coverage/report.ts';
import type { MatrixLevel, RowSortKey, SortDirection } from '../coverage/report.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { ReportExport } from './report-export.tsx';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
  readonly onClose: () => void;
}

const SYMBOL: Record<MatrixLevel, string> = { full: '●', partial: '◐', none: '–' };

/** A matrix of stations by selected solutions (full, partial, none), grouped by zone, sortable. */
export function CompareView({ map, selected, onClose }: Props) {
  const [key, setKey] = useState<RowSortKey>('zone');
  const [direction, setDirection] = useState<SortDirection>('asc');
  const dialog = useRef<HTMLDialogElement>(null);
  const matrix = useMemo(() => compareMatrix(map, selected), [map, selected]);
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
        <ReportExport map={map} selected={selected} rows={rows} testId="compare-export" />
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
                <tr key={row.stationId} data-station-row={row.stationId} data-state={row.state}>
                  <td className={zoneStart ? 'zone-start' : 'zone-repeat'}>{row.zoneLabel}</td>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell) => (
                    <td
                      key={cell.solutionId}
                      data-level={cell.level}
                      title={cell.note ?? cell.level}
                      className={`cell-${cell.level}`}
                    >
                      <span aria-hidden="true">{SYMBOL[cell.level]}</span>
                      <span className="visually-hidden">{cell.level}</span>
                    </td>
                  ))}
                  <td>{row.coveredBy}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">● full · ◐ partial (hover for the note) · – none</p>
    </dialog>
  );
}
