import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { crossMapSummary, crossMapText } from '../coverage/cross-map.ts';
import { useAppStore } from '../store/store.ts';
import { selectCrossMapInputs, selectDocumentActions } from '../store/selectors.ts';

/** Each selected tool's coverage on every map, side by side; a row opens its map. */
export function CrossMapSummary() {
  const { maps, solutions, ids, current } = useAppStore(useShallow(selectCrossMapInputs));
  const { selectMap } = useAppStore(useShallow(selectDocumentActions));
  const summary = useMemo(
    () =>
      crossMapSummary(
        maps.map((m) => m.map),
        solutions,
        ids,
      ),
    [maps, solutions, ids],
  );
  if (summary.tools.length === 0 || maps.length < 2) return null;
  return (
    <section className="panel cross-map" aria-label="Across maps">
      <h2>Across maps</h2>
      <table data-testid="cross-map-summary">
        <thead>
          <tr>
            <th scope="col">Map</th>
            {summary.tools.map((t) => (
              <th key={t.id} scope="col">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.mapId} data-map-id={row.mapId} aria-current={row.mapId === current}>
              <th scope="row">
                <button type="button" className="linkish" onClick={() => selectMap(row.mapId)}>
                  {row.title}
                </button>
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.solutionId}
                  data-solution-id={cell.solutionId}
                  title={
                    cell.stats
                      ? `${cell.stats.full} full, ${cell.stats.partial} partial`
                      : 'no solution on this map'
                  }
                >
                  {crossMapText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
