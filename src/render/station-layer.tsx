import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { Coverage } from '../coverage/coverage.ts';
import type { Point, StationGeometry } from '../layout/geometry.ts';
import { Marker } from './marker.tsx';
import { CoverageMark, OverlapSymbol } from './svg-key-symbols.tsx';
import type { Theme } from './theme.ts';

interface Props {
  readonly stations: readonly StationGeometry[];
  readonly labels: ReadonlyMap<string, string>;
  readonly theme: Theme;
  /** Present while an overlay is active. */
  readonly coverage?: Coverage | undefined;
  readonly selected?: string | null;
  /** Absent in exports: then stations are not interactive. */
  readonly onSelect?: ((id: string) => void) | undefined;
  /** Accessible names by station id (label, zone, lines, coverage); else label and state. */
  readonly names?: ReadonlyMap<string, string> | undefined;
  /** The station Tab lands on (roving focus); null: every station is a tab stop. */
  readonly tabStop?: string | null;
  /** Where each overlap badge goes, clear of the labels (badge-place.ts). */
  readonly badges?: ReadonlyMap<string, Point> | undefined;
}

const endpoints = (s: StationGeometry) =>
  s.marker.kind === 'capsule' ? [s.marker.a, s.marker.b] : [s, s];

/** Up and right of the marker: where a badge goes when no placement was given. */
const defaultBadge = (s: StationGeometry): Point => {
  const b = endpoints(s)[1] ?? s;
  return { x: b.x + s.marker.r + 3, y: b.y - s.marker.r - 3 };
};

/** A dark band round a light one, behind the marker: focus shows on any background (CSS shows it). */
function FocusRing({ s, theme }: { s: StationGeometry; theme: Theme }) {
  const [a, b] = endpoints(s);
  if (!a || !b) return null;
  const r = s.marker.r;
  return (
    <g className="focus-ring" aria-hidden="true">
      <Marker a={a} b={b} r={r + 8} fill="none" stroke={theme.text} strokeWidth={3} />
      <Marker a={a} b={b} r={r + 5} fill="none" stroke={theme.background} strokeWidth={2} />
    </g>
  );
}

function OverlapBadge({
  id,
  at,
  count,
  theme,
}: {
  id: string;
  at: Point;
  count: number;
  theme: Theme;
}) {
  return (
    <g data-overlap-for={id}>
      <OverlapSymbol x={at.x} y={at.y} theme={theme} count={count} />
    </g>
  );
}

export const StationLayer = memo(function StationLayer(props: Props) {
  const { stations, labels, theme, coverage, selected, onSelect, names, tabStop = null } = props;
  const { badges } = props;
  return (
    <g>
      {stations.map((s) => {
        const c = coverage?.byStation.get(s.id);
        const [a, b] = endpoints(s);
        if (!a || !b) return null;
        const label = labels.get(s.id) ?? s.id;
        const interactive = onSelect
          ? {
              role: 'button',
              tabIndex: tabStop === null || tabStop === s.id ? 0 : -1,
              'aria-label': names?.get(s.id) ?? `${label}${c ? `, ${c.state}` : ''}`,
              'aria-pressed': selected === s.id,
              onClick: () => onSelect(s.id),
              onKeyDown: (e: KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(s.id);
                }
              },
              cursor: 'pointer',
            }
          : {};
        return (
          <g
            key={s.id}
            data-station-id={s.id}
            data-coverage={c?.state}
            data-covered-by={c ? c.by.map((x) => x.solutionId).join(' ') : undefined}
            data-overlap={c?.overlap ? 'true' : undefined}
            {...interactive}
          >
            {onSelect && <FocusRing s={s} theme={theme} />}
            {selected === s.id && (
              <Marker
                a={a}
                b={b}
                r={s.marker.r + 5}
                fill={theme.selection}
                stroke={theme.selection}
                strokeWidth={0}
              />
            )}
            {c ? (
              <CoverageMark state={c.state} a={a} b={b} r={s.marker.r} theme={theme} />
            ) : (
              <Marker
                a={a}
                b={b}
                r={s.marker.r}
                fill={theme.stationFill}
                stroke={theme.stationStroke}
                strokeWidth={2.5}
              />
            )}
            {c?.overlap && (
              <OverlapBadge
                id={s.id}
                at={badges?.get(s.id) ?? defaultBadge(s)}
                count={c.by.length}
                theme={theme}
              />
            )}
          </g>
        );
      })}
    </g>
  );
});
