import type { Coverage } from '../coverage/coverage.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { linePaths } from '../model/line-paths.ts';
import type { Theme } from '../render/theme.ts';
import { PinStatus } from './editor/pin-status.tsx';
import { useLineStyles } from './use-map-a11y.ts';

interface Props {
  readonly map: TransitMap;
  readonly stationId: string;
  readonly coverage?: Coverage | undefined;
  readonly solutions: readonly Solution[];
  readonly theme: Theme;
  readonly onClose: () => void;
  /** The embed view: nothing about pinning or dragging. */
  readonly readOnly?: boolean;
}

const safeLink = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Everything known about one station: label, description, zone, lines, link, coverage. */
export function StationDetails(props: Props) {
  const { map, stationId, coverage, solutions, theme, onClose, readOnly = false } = props;
  // The chips show each line as the map draws it, in the reader's chosen palette.
  const styles = useLineStyles(map.lines, theme, 4);
  const station = map.stations.find((s) => s.id === stationId);
  if (!station) return null;
  const zone = map.zones.find((z) => z.id === station.zone);
  const lines = map.lines.filter((l) => linePaths(l).some((p) => p.includes(station.id)));
  const c = coverage?.byStation.get(station.id);
  const link = safeLink(station.url);
  const nameOf = (id: string) => solutions.find((s) => s.id === id)?.name ?? id;
  return (
    <aside
      className="panel details"
      data-testid="station-details"
      aria-label={`Station ${station.label}`}
    >
      <header>
        <h2>{station.label}</h2>
        <button type="button" className="button small" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      {zone && <p className="zone-tag">{zone.label}</p>}
      {station.description && <p>{station.description}</p>}
      {!readOnly && <PinStatus station={station} />}
      <h3>{lines.length > 1 ? `Interchange of ${lines.length} lines` : 'Line'}</h3>
      <ul className="detail-lines">
        {lines.map((l) => (
          <li key={l.id}>
            <span
              className="chip"
              style={{ background: styles?.get(l.id)?.color ?? l.color }}
              aria-hidden="true"
            />
            {l.label}
          </li>
        ))}
      </ul>
      {c && (
        <>
          <h3>Coverage: {c.state}</h3>
          {c.by.length === 0 ? (
            <p>No selected solution covers this station.</p>
          ) : (
            <ul className="detail-coverage">
              {c.by.map((b) => (
                <li key={b.solutionId}>
                  <strong>{nameOf(b.solutionId)}</strong> — {b.level}
                  {b.note ? `: ${b.note}` : ''}
                </li>
              ))}
            </ul>
          )}
          {c.overlap && (
            <p className="overlap-note">Overlap: {c.by.length} selected solutions claim it.</p>
          )}
        </>
      )}
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Read more ↗
          </a>
        </p>
      )}
    </aside>
  );
}
