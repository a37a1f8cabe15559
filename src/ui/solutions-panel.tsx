import { useMemo } from 'react';
import { solutionStats } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import {
  selectMapSolutions,
  selectOverlayActions,
  selectSelectedSolutions,
} from '../store/selectors.ts';
import { StackSuggestion } from './stack-suggestion.tsx';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly map: TransitMap;
  readonly priorities?: StationPriorities | undefined;
  readonly onCompare: () => void;
}

/** Every solution for the current map: a checkbox each, its colour, what it covers. */
export function SolutionsPanel({ map, priorities, onCompare }: Props) {
  const solutions = useAppStore(useShallow(selectMapSolutions));
  const chosen = useAppStore(selectSelectedSolutions);
  // The selection spans maps; this map's part of it decides what Compare and Clear act on.
  const selected = useMemo(
    () => chosen.filter((id) => solutions.some((s) => s.id === id)),
    [chosen, solutions],
  );
  const { toggleSolution: toggle } = useAppStore(useShallow(selectOverlayActions));
  const { clearSelection: clear } = useAppStore(useShallow(selectOverlayActions));
  const stats = useMemo(
    () => new Map(solutions.map((s) => [s.id, solutionStats(map, s)])),
    [map, solutions],
  );
  if (solutions.length === 0) {
    return (
      <section className="panel solutions" data-testid="solutions" aria-label="Solutions">
        <h2>Solutions</h2>
        <p className="hint">
          No solutions for this map yet. Open a solution file (kind: solution, map: {map.id}).
        </p>
      </section>
    );
  }
  return (
    <section className="panel solutions" data-testid="solutions" aria-label="Solutions">
      <div className="panel-head">
        <h2>Solutions</h2>
        <div className="panel-actions">
          <button
            type="button"
            className="button small"
            onClick={onCompare}
            disabled={selected.length === 0}
            data-testid="open-compare"
          >
            Compare
          </button>
          <button
            type="button"
            className="button small"
            onClick={clear}
            disabled={selected.length === 0}
            data-testid="clear-solutions"
          >
            Clear
          </button>
        </div>
      </div>
      <ul className="solution-list">
        {solutions.map((s) => {
          const st = stats.get(s.id);
          const on = selected.includes(s.id);
          return (
            <li key={s.id}>
              <label className={on ? 'on' : ''}>
                <input
                  type="checkbox"
                  data-testid="solution-toggle"
                  data-solution-id={s.id}
                  checked={on}
                  onChange={() => toggle(s.id)}
                />
                <span
                  className="chip"
                  style={{ background: s.color ?? '#8a8f98' }}
                  aria-hidden="true"
                />
                <span className="solution-name">{s.name}</span>
                {st && (
                  <span className="solution-count" title={`${st.full} full, ${st.partial} partial`}>
                    {st.full + st.partial}
                    <span className="visually-hidden"> stations covered</span>
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
      <StackSuggestion map={map} solutions={solutions} priorities={priorities} />
    </section>
  );
}
