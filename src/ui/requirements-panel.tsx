import type { Coverage } from '../coverage/coverage.ts';
import { PRIORITY_LABEL, requirementsSummary } from '../coverage/priorities.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import { PriorityMark } from '../render/evaluation-layers.tsx';
import type { Theme } from '../render/theme.ts';
import type { Priority, Requirements, TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import {
  selectDocumentActions,
  selectMapRequirements,
  selectViewActions,
} from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  readonly requirements: Requirements | undefined;
  readonly priorities: StationPriorities | undefined;
  readonly coverage: Coverage | undefined;
}

/** The key's symbol for a priority: the same mark the map draws, round a plain station. */
function PriorityKey({ priority, theme }: { priority: Priority; theme: Theme }) {
  const at = { x: 17, y: 17 };
  return (
    <svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true">
      <PriorityMark priority={priority} a={at} b={at} r={4} theme={theme} />
      <circle
        cx={17}
        cy={17}
        r={3.5}
        fill={theme.stationFill}
        stroke={theme.stationStroke}
        strokeWidth={2}
      />
      {priority === 'wont' && (
        <circle cx={17} cy={17} r={6.5} fill={theme.background} opacity={0.72} />
      )}
    </svg>
  );
}

/**
 * The active requirement set of the map: which one (a picker), the must-haves covered fully
 * out of all musts, the blocking gaps first, and the key to the priority marks on the map.
 */
export function RequirementsPanel({ map, theme, requirements, priorities, coverage }: Props) {
  const sets = useAppStore(useShallow(selectMapRequirements));
  const { setActiveRequirements: setActive } = useAppStore(useShallow(selectDocumentActions));
  const { focusStation } = useAppStore(useShallow(selectViewActions));
  if (sets.length === 0) return null;
  const label = (id: string) => map.stations.find((s) => s.id === id)?.label ?? id;
  const summary = priorities ? requirementsSummary(priorities, coverage) : undefined;
  return (
    <section className="panel requirements" aria-label="Requirements">
      <div className="panel-head">
        <h2>Requirements</h2>
        <select
          aria-label="Active requirement set"
          data-testid="requirements-picker"
          value={requirements?.id ?? ''}
          onChange={(e) => setActive(map.id, e.target.value === '' ? null : e.target.value)}
        >
          <option value="">None</option>
          {sets.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
      </div>
      {requirements && priorities && summary && (
        <>
          <div
            className="summary"
            data-testid="requirements-summary"
            data-requirements-id={requirements.id}
            data-must-total={summary.mustTotal}
            data-must-covered={summary.mustCovered}
          >
            <strong>
              {summary.mustCovered} of {summary.mustTotal} must-haves covered fully
            </strong>
            <span>
              {summary.counts
                .filter((c) => c.priority !== 'must')
                .map((c) => `${PRIORITY_LABEL[c.priority]}: ${c.covered} of ${c.total}`)
                .join(' · ')}
              {priorities.excluded.size > 0
                ? ` · ${priorities.excluded.size} won't (left out of every count)`
                : ''}
            </span>
          </div>
          {summary.blocking.length > 0 && (
            <>
              <h3>Blocking gaps ({summary.blocking.length})</h3>
              <ul className="gap-list" data-testid="blocking-gaps">
                {summary.blocking.map((id) => {
                  const state = coverage?.byStation.get(id)?.state ?? 'uncovered';
                  const note = priorities.notes.get(id);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="gap"
                        data-station-id={id}
                        data-priority="must"
                        onClick={() => focusStation(id)}
                      >
                        <span className="gap-mark" aria-hidden="true">
                          {state === 'partial' ? '◐' : '✕'}
                        </span>
                        {label(id)}
                        {state === 'partial' ? ' (partial only)' : ''}
                        {note ? <span className="gap-note">{note}</span> : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <ul className="priority-key" aria-label="Priority marks">
            {(['must', 'should', 'could', 'wont'] as const).map((p) => (
              <li key={p}>
                <PriorityKey priority={p} theme={theme} />
                {p === 'must'
                  ? 'Must'
                  : p === 'should'
                    ? 'Should'
                    : p === 'could'
                      ? 'Could'
                      : "Won't (muted)"}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
