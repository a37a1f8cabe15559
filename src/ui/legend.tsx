import type { TransitMap } from '../model/schema.ts';
import { zoneFill } from '../render/theme.ts';
import type { Theme } from '../render/theme.ts';

interface Props {
  readonly map: TransitMap;
  readonly theme: Theme;
}

/** The map's key: each line in its colour, each zone in its shade, and the symbols. */
export function Legend({ map, theme }: Props) {
  return (
    <section className="panel legend" data-testid="legend" aria-label="Legend">
      <h2>Lines</h2>
      <ul className="legend-lines">
        {map.lines.map((line) => (
          <li key={line.id} data-legend-line={line.id} title={line.description}>
            <svg width="34" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2="32"
                y2="6"
                stroke={line.color}
                strokeWidth="6"
                strokeLinecap="round"
              />
            </svg>
            <span>{line.label}</span>
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
