import { useMemo } from 'react';
import { computeCoverage } from '../coverage/coverage.ts';
import type { Coverage } from '../coverage/coverage.ts';
import { stationPriorities } from '../coverage/priorities.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import { computeSeams } from '../coverage/seams.ts';
import type { SeamReport } from '../coverage/seams.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';
import {
  selectActiveRequirements,
  selectMapSolutions,
  selectSelectedSolutions,
} from '../store/selectors.ts';

export interface Overlay {
  /** The selected solutions, in the order they were chosen. */
  readonly selected: readonly Solution[];
  /** Coverage of the map by the selection; undefined when nothing is selected. */
  readonly coverage: Coverage | undefined;
  /** The map's active requirement set, and each station's priority under it. */
  readonly requirements: Requirements | undefined;
  readonly priorities: StationPriorities | undefined;
  /** Where the selection hands work from one tool to another; undefined when nothing is selected. */
  readonly seams: SeamReport | undefined;
}

/** The overlay of the selected solutions on `map`, derived (never stored) from the store. */
export function useOverlay(map: TransitMap | null): Overlay {
  const solutions = useAppStore(useShallow(selectMapSolutions));
  const ids = useAppStore(selectSelectedSolutions);
  const active = useAppStore(selectActiveRequirements);
  return useMemo(() => {
    const selected = ids.flatMap((id) => solutions.filter((s) => s.id === id));
    const requirements = map !== null && active?.map === map.id ? active : undefined;
    const priorities = map && requirements ? stationPriorities(map, requirements) : undefined;
    const exclude = priorities?.excluded ?? new Set<string>();
    const on = map !== null && selected.length > 0;
    return {
      selected,
      coverage: on ? computeCoverage(map, selected, { exclude }) : undefined,
      requirements,
      priorities,
      seams: on ? computeSeams(map, selected, exclude) : undefined,
    };
  }, [map, solutions, ids, active]);
}
