import type { SeamReport } from '../coverage/seams.ts';
import { SeamSymbol } from '../render/evaluation-layers.tsx';
import type { Theme } from '../render/theme.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import { selectViewActions } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  readonly seams: SeamReport;
  readonly selected: readonly Solution[];
}

/** The selection's seams, counted per line; a click flies to the seam on the map. */
export function SeamList({ map, theme, seams, selected }: Props) {
  const { focusConnection } = useAppStore(useShallow(selectViewActions));
  const label = (id: string) => map.stations.find((s) => s.id === id)?.label ?? id;
  const name = (id: string) => selected.find((s) => s.id === id)?.name ?? id;
  const lines = seams.lines.filter((line) => line.seams.length > 0);
  return (
    <section className="panel seams" aria-label="Seams" data-testid="seam-list">
      <h2>
        Seams ({seams.open} open{seams.bridged > 0 ? `, ${seams.bridged} bridged` : ''})
      </h2>
      {seams.seams.length === 0 ? (
        <p className="hint">
          {selected.length < 2
            ? 'Select two or more tools to see where one hands work to another.'
            : 'No hand-overs: every connection between covered stations has one tool at both ends.'}
        </p>
      ) : (
        <>
          <ul className="seam-counts">
            {lines.map((line) => (
              <li key={line.lineId} data-line-seams={line.lineId}>
                {line.label}: {line.seams.length} {line.seams.length === 1 ? 'seam' : 'seams'}
                {line.open < line.seams.length ? ` (${line.seams.length - line.open} bridged)` : ''}
              </li>
            ))}
          </ul>
          <ul>
            {seams.seams.map((seam) => {
              const bridge = seam.bridges[0];
              return (
                <li key={seam.key}>
                  <button
                    type="button"
                    className="seam"
                    data-seam={seam.key}
                    data-bridged={seam.bridged ? 'true' : undefined}
                    onClick={() => focusConnection(seam.a, seam.b)}
                    title={
                      bridge
                        ? `${name(bridge.from)} integrates with ${name(bridge.to)}${bridge.note ? `: ${bridge.note}` : ''}`
                        : `${seam.aBy.map(name).join(', ')} → ${seam.bBy.map(name).join(', ')}`
                    }
                  >
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                      <SeamSymbol
                        at={{ x: 8, y: 8 }}
                        bridged={seam.bridged}
                        theme={theme}
                        size={6}
                      />
                    </svg>
                    {label(seam.a)} ~ {label(seam.b)}
                    <span className="seam-state">{seam.bridged ? 'bridged' : 'open'}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
