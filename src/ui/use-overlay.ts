import { useMemo } from 'react';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Coverage } from '../coverage/coverage.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { selectMapSolutions, useAppStore } from '../store/store.ts';

export interface Overlay {
  /** The selected solutions, in the order they were chosen. */
  readonly selected: readonly Solution[];
  /** Coverage of the map by the selection; undefined when nothing is selected. */
  readonly coverage: Coverage | undefined;
}

/** The overlay of the selected solutions on `map`, derived (never stored) from the store. */
export function useOverlay(map: TransitMap | null): Overlay {
  const solutions = useAppStore(selectMapSolutions);
  const ids = useAppStore((s) => s.selectedSolutions);
  return useMemo(() => {
    const selected = ids.flatMap((id) => solutions.filter((s) => s.id === id));
    const active = map !== null && selected.length > 0;
    return { selected, coverage: active ? computeCoverage(map, selected) : undefined };
  }, [map, solutions, ids]);
}
