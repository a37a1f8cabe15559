import type { TransitMap } from '../model/schema.ts';
import type { StationState } from '../coverage/coverage.ts';
import { CoverageSymbol, OverlapSymbol } from '../render/svg-key-symbols.tsx';
import { zoneFill } from '../render/theme.ts';
import type { Theme } from '../render/theme.ts';
import { useLineStyles } from './use-map-a11y.ts';
import { selectDisplayActions, selectIsolatedLine } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  /** An overlay is active: explain the coverage symbols too. */
  readonly overlay?: boolean;
}

/** The coverage symbols, drawn by the same components as the map's and the export's key. */
function CoverageKey({ theme }: { theme: Theme }) {
  const items: readonly [StationState, string][] = [
    ['covered', 'Covered (full claim)'],
    ['partial', 'Partial claim'],
    ['uncovered', 'Uncovered (a gap)'],
  ];
  return (
    <div className="legend-group">
      <h2>Coverage</h2>
      <ul className="legend-coverage">
        {items.map(([state, text]) => (
          <li key={state}>
            <svg width="34" height="28" aria-hidden="true">
              <CoverageSymbol state={state} x={17} y={14} r={4} theme={theme} />
            </svg>
            <span>{text}</span>
          </li>
        ))}
        <li>
          <svg width="34" height="28" aria-hidden="true">
            <OverlapSymbol x={17} y={14} theme={theme} count={2} />
          </svg>
          <span>Overlap: claimed by several</span>
        </li>
      </ul>
    </div>
  );
}

/** The map's key: each line in its colour, each zone in its shade, and the symbols. */
export function Legend({ map, theme, overlay = false }: Props) {
  const styles = useLineStyles(map.lines, theme, 4);
  const isolated = useAppStore(selectIsolatedLine);
  const { toggleIsolated } = useAppStore(useShallow(selectDisplayActions));
  return (
    <section className="panel legend" data-testid="legend" aria-label="Legend">
      {overlay && <CoverageKey theme={theme} />}
      <div className="legend-group legend-lines-group">
        <div className="legend-heading">
          <h2>Lines</h2>
          <p className="hint legend-hint">Choose a line to show it alone.</p>
        </div>
        <ul className="legend-lines">
          {map.lines.map((line) => (
            <li key={line.id} data-legend-line={line.id} title={line.description}>
              <button
                type="button"
                className="legend-line"
                aria-pressed={isolated === line.id}
                onClick={() => toggleIsolated(line.id)}
              >
                <svg width="40" height="12" aria-hidden="true">
                  <line
                    x1="4"
                    y1="6"
                    x2="36"
                    y2="6"
                    stroke={styles?.get(line.id)?.color ?? line.color}
                    strokeWidth={styles?.get(line.id)?.dash ? 4 : 6}
                    strokeDasharray={styles?.get(line.id)?.dash}
                    strokeLinecap="round"
                  />
                </svg>
                <span>{line.label}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {map.zones.length > 0 && (
        <div className="legend-group">
          <h2>Zones</h2>
          <ul className="legend-zones">
            {map.zones.map((zone, i) => (
              <li key={zone.id} title={zone.description}>
                <span
                  className="swatch"
                  style={{ background: zoneFill(theme, i) }}
                  aria-hidden="true"
                />
                <span>{zone.label}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="legend-group">
        <h2>Symbols</h2>
        <ul className="legend-symbols">
          <li>
            <svg width="34" height="16" aria-hidden="true">
              <circle
                cx="17"
                cy="8"
                r="5"
                fill={theme.stationFill}
                stroke={theme.stationStroke}
                strokeWidth="2.5"
              />
            </svg>
            <span>Station (component)</span>
          </li>
          <li>
            <svg width="34" height="16" aria-hidden="true">
              <line
                x1="8"
                y1="8"
                x2="26"
                y2="8"
                stroke={theme.stationStroke}
                strokeWidth="12"
                strokeLinecap="round"
              />
              <line
                x1="8"
                y1="8"
                x2="26"
                y2="8"
                stroke={theme.stationFill}
                strokeWidth="7"
                strokeLinecap="round"
              />
            </svg>
            <span>Interchange (lines meet)</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
