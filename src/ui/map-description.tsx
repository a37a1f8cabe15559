import { useMemo } from 'react';
import type { TransitMap } from '../model/schema.ts';
import { linePaths } from '../model/line-paths.ts';
import { linesAsText } from './station-names.ts';

export const MAP_SUMMARY_ID = 'map-summary';

interface Props {
  readonly map: TransitMap;
}

/**
 * The map as text, for screen readers: a summary (the drawing's description) and each line
 * with its stations in order. Visually hidden; the drawing shows the same.
 */
export function MapDescription({ map }: Props) {
  const lines = useMemo(() => linesAsText(map), [map]);
  const interchanges = useMemo(() => {
    const count = new Map<string, number>();
    for (const line of map.lines) {
      for (const id of new Set(linePaths(line).flat())) count.set(id, (count.get(id) ?? 0) + 1);
    }
    return [...count.values()].filter((n) => n > 1).length;
  }, [map]);
  return (
    <section className="visually-hidden" aria-labelledby="map-text-title" data-testid="map-text">
      {/* Not the map's title again: the page already has one heading that carries it. */}
      <h2 id="map-text-title">The map as text: its lines and their stations</h2>
      <p id={MAP_SUMMARY_ID}>
        {map.stations.length} stations on {map.lines.length} lines in {map.zones.length} zones,{' '}
        {interchanges} of them interchanges. Each line and its stations in order are listed after
        the map under “The map as text”.
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line.id} data-line-text={line.id}>
            {line.label}
            {line.loop ? ' (a loop)' : ''}
            {line.paths.length > 1 ? `, ${line.paths.length} branches` : ''}:{' '}
            {line.paths.map((p, i) => (
              <span key={i}>
                {i > 0 ? '; branch: ' : ''}
                {p.join(', ')}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
