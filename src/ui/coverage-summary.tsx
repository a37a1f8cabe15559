import type { Coverage, CoverageCounts, GroupCoverage } from '../coverage/coverage.ts';
import { byPriority } from '../coverage/priorities.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { SeamReport } from '../coverage/seams.ts';
import { coverageSentence, servedCount } from '../coverage/coverage-text.ts';
import type { TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import { selectViewActions } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly map: TransitMap;
  readonly coverage: Coverage;
  /** With a requirement set active: gaps ordered by priority, must first. */
  readonly priorities?: StationPriorities | undefined;
  readonly seams?: SeamReport | undefined;
}

function Bar({ counts }: { counts: CoverageCounts }) {
  const pct = (n: number) => `${counts.total ? (100 * n) / counts.total : 0}%`;
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar-covered" style={{ width: pct(counts.covered) }} />
      <span className="bar-partial" style={{ width: pct(counts.partial) }} />
    </span>
  );
}

function GroupRow({ group, kind }: { group: GroupCoverage; kind: 'zone' | 'line' }) {
  return (
    <li data-group={kind} data-group-id={group.id}>
      <span className="group-label">{group.label}</span>
      <span className="group-count">
        {servedCount(group)} of {group.total}
        {group.partial > 0 ? ` (${group.partial} partial)` : ''}
      </span>
      <Bar counts={group} />
    </li>
  );
}

/** Covered, partial and total for the selection; per zone and per line; then the gaps. */
export function CoverageSummary({ map, coverage, priorities, seams }: Props) {
  const { focusStation } = useAppStore(useShallow(selectViewActions));
  const { totals } = coverage;
  const label = (id: string) => map.stations.find((s) => s.id === id)?.label ?? id;
  return (
    <section className="panel coverage" aria-label="Coverage">
      <div
        className="summary"
        data-testid="coverage-summary"
        data-covered={totals.covered}
        data-partial={totals.partial}
        data-total={totals.total}
        data-seams={seams?.open ?? 0}
      >
        <strong data-testid="coverage-sentence">{coverageSentence(totals)}</strong>
        <span>
          {totals.uncovered} uncovered
          {coverage.overlaps.length > 0 ? ` · ${coverage.overlaps.length} overlaps` : ''}
        </span>
        <Bar counts={totals} />
      </div>
      <h2>Gaps ({coverage.gaps.length})</h2>
      {coverage.gaps.length === 0 ? (
        <p className="hint">Every station is covered.</p>
      ) : (
        <ul className="gap-list" data-testid="gap-list">
          {byPriority(coverage.gaps, priorities).map((id) => (
            <li key={id}>
              <button
                type="button"
                className="gap"
                data-station-id={id}
                data-priority={priorities?.byStation.get(id)}
                onClick={() => focusStation(id)}
              >
                <span className="gap-mark" aria-hidden="true">
                  ✕
                </span>
                {label(id)}
                {priorities && (
                  <span className={`gap-priority priority-${priorities.byStation.get(id) ?? ''}`}>
                    {priorities.byStation.get(id)}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h2>By zone</h2>
      <ul className="groups">
        {coverage.zones.map((g) => (
          <GroupRow key={g.id} group={g} kind="zone" />
        ))}
      </ul>
      <h2>By line</h2>
      <ul className="groups">
        {coverage.lines.map((g) => (
          <GroupRow key={g.id} group={g} kind="line" />
        ))}
      </ul>
    </section>
  );
}
