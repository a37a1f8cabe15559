import type { TransitMap } from '../model/schema.ts';
import { Marker } from '../render/marker.tsx';
import { zoneFill } from '../render/theme.ts';
import type { Theme } from '../render/theme.ts';
import { useDisplayPrefs } from './display-prefs.ts';
import type { DisplayPrefs } from './display-prefs.ts';
import { useLineStyles } from './use-map-a11y.ts';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
  /** An overlay is active: explain the coverage symbols too. */
  readonly overlay?: boolean;
}

const A = { x: 17, y: 10 };
const selectIsolated = (s: DisplayPrefs) => s.isolatedLine;
const selectToggleIsolated = (s: DisplayPrefs) => s.toggleIsolated;

/** The coverage symbols, drawn with the same marker shapes as the map. */
function CoverageKey({ theme }: { theme: Theme }) {
  return (
    <>
      <h2>Coverage</h2>
      <ul className="legend-coverage">
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <Marker
              a={A}
              b={A}
              r={7}
              fill={theme.covered}
              stroke={theme.stationStroke}
              strokeWidth={2}
            />
          </svg>
          <span>Covered (full claim)</span>
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <Marker
              a={A}
              b={A}
              r={7}
              fill={theme.stationFill}
              stroke={theme.partial}
              strokeWidth={3}
            />
            <Marker a={A} b={A} r={3} fill={theme.partial} stroke={theme.partial} strokeWidth={0} />
          </svg>
          <span>Partial claim</span>
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <Marker
              a={A}
              b={A}
              r={9}
              fill="none"
              stroke={theme.uncovered}
              strokeWidth={2}
              dash="3 2"
            />
            <path d="M13 6L21 14M13 14L21 6" stroke={theme.uncovered} strokeWidth={2.5} />
          </svg>
          <span>Uncovered (a gap)</span>
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <circle cx="17" cy="10" r="7" fill={theme.text} />
            <text
              x="17"
              y="13.5"
              fill={theme.background}
              fontSize="10"
              fontWeight="700"
              textAnchor="middle"
            >
              2
            </text>
          </svg>
          <span>Overlap: claimed by several</span>
        </li>
      </ul>
    </>
  );
}

/** The map's key: each line in its colour, each zone in its shade, and the symbols. */
export function Legend({ map, theme, overlay = false }: Props) {
  const styles = useLineStyles(map.lines, theme, 4);
  const isolated = useDisplayPrefs(selectIsolated);
  const toggleIsolated = useDisplayPrefs(selectToggleIsolated);
  return (
    <section className="panel legend" data-testid="legend" aria-label="Legend">
      {overlay && <CoverageKey theme={theme} />}
      <h2>Lines</h2>
      <p className="hint legend-hint">Choose a line to show it alone.</p>
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
      {map.zones.length > 0 && (
        <>
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
        </>
      )}
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
    </section>
  );
}
