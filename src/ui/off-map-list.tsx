import { useMemo } from 'react';
import { offMapClaims } from '../coverage/off-map.ts';
import type { Solution, TransitMap } from '../model/schema.ts';

interface Props {
  readonly map: TransitMap;
  readonly selected: readonly Solution[];
}

/** What the selected tools claim outside this map: the sign of a tool with its own workflow. */
export function OffMapList({ map, selected }: Props) {
  const claims = useMemo(
    () => selected.map((s) => ({ solution: s, claims: offMapClaims(map, s) })),
    [map, selected],
  );
  const any = claims.some((c) => c.claims.length > 0);
  if (!any) return null;
  return (
    <section className="panel off-map" aria-label="Outside this map" data-testid="off-map">
      <h2>Outside this map</h2>
      {claims
        .filter((c) => c.claims.length > 0)
        .map(({ solution, claims: list }) => (
          <div key={solution.id} data-off-map-for={solution.id}>
            <h3>
              {solution.name} brings its own: {list.length} {list.length === 1 ? 'claim' : 'claims'}{' '}
              outside this map
            </h3>
            <ul>
              {list.map((c) => (
                <li key={c.id} data-claim={c.id} data-level={c.level}>
                  {c.label}
                  {c.level === 'partial' ? ' (partial)' : ''}
                  {c.note ? ` — ${c.note}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
