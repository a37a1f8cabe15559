import { useCallback, useMemo } from 'react';
import type { Coverage } from '../coverage/coverage.ts';
import type { StationPriorities } from '../coverage/priorities.ts';
import type { Geometry } from '../layout/geometry.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { lineStyles } from '../render/line-styles.ts';
import type { LineStyle } from '../render/line-styles.ts';
import type { Theme } from '../render/theme.ts';
import { MAP_SUMMARY_ID } from './map-description.tsx';
import { stationNames } from './station-names.ts';
import { useShortcuts } from './use-shortcuts.ts';
import {
  selectDisplayActions,
  selectIsolatedLine,
  selectPalette,
  selectPatterns,
} from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/store.ts';

/** Each line's colour and pattern as the reader chose them (undefined: as in the file). */
export function useLineStyles(
  lines: readonly { readonly id: string; readonly color: string }[] | undefined,
  theme: Theme,
  width: number,
): ReadonlyMap<string, LineStyle> | undefined {
  const palette = useAppStore(selectPalette);
  const patterns = useAppStore(selectPatterns);
  return useMemo(
    () =>
      lines
        ? lineStyles(lines, {
            palette,
            patterns,
            background: theme.name,
            backgroundColor: theme.background,
            width,
          })
        : undefined,
    [lines, palette, patterns, theme.name, theme.background, width],
  );
}

/** The lines to dim while one is isolated in the legend. */
export function useDimmedLines(map: TransitMap | null): ReadonlySet<string> | undefined {
  const isolated = useAppStore(selectIsolatedLine);
  return useMemo(() => {
    if (!map || !isolated || !map.lines.some((l) => l.id === isolated)) return undefined;
    return new Set(map.lines.filter((l) => l.id !== isolated).map((l) => l.id));
  }, [map, isolated]);
}

/**
 * Everything the map view needs for keyboard, screen-reader and colour-blind use: line
 * styles, dimmed lines, accessible station names, its description; and the `/` and `?` keys.
 */
export function useMapA11y(
  map: TransitMap | null,
  geometry: Geometry | null,
  theme: Theme,
  coverage: Coverage | undefined,
  selected: readonly Solution[],
  priorities?: StationPriorities,
) {
  const styles = useLineStyles(map?.lines, theme, geometry?.lineWidth ?? 4);
  const dimmedLines = useDimmedLines(map);
  const names = useMemo(() => {
    if (!map) return undefined;
    const plain = stationNames(map, coverage, selected);
    if (!priorities) return plain;
    // The priority is said as well as drawn: "…, must-have" / "…, won't (left out)".
    const said = {
      must: 'must-have',
      should: 'should-have',
      could: 'could-have',
      wont: "won't (left out)",
    };
    return new Map(
      [...plain].map(([id, name]) => {
        const p = priorities.byStation.get(id);
        return [id, p ? `${name}, ${said[p]}` : name] as const;
      }),
    );
  }, [map, coverage, selected, priorities]);
  const { setShortcutsOpen } = useAppStore(useShallow(selectDisplayActions));
  const openShortcuts = useCallback(() => setShortcutsOpen(true), [setShortcutsOpen]);
  useShortcuts(openShortcuts);
  return {
    lineStyles: styles,
    dimmedLines,
    stationNames: names,
    describedBy: MAP_SUMMARY_ID,
  };
}
