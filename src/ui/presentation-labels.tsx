// Presentation mode's labels: the map's own drawing with its names placed again for the
// stage's larger text (layout/labels/labels-at-scale.ts), remembered per drawing; and, for
// the few names that found no clear spot beside their station at that size, the name on
// hover and in the dialog's accessible description.
import { useMemo, useState } from 'react';
import type { PointerEvent } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import { labelsAtScale, type ScaledLabels } from '../layout/labels/labels-at-scale.ts';
import type { TransitMap } from '../model/schema.ts';

/** Label size on stage, in map units (the map's own labels are 12). */
export const STAGE_FONT_SIZE = 17;

// Per drawing: entering the mode again, or stepping through solutions, places nothing anew.
const cache = new WeakMap<Geometry, Map<number, ScaledLabels>>();

/** `geometry` with its labels placed for the stage's font size, once per drawing. */
export function stageLabels(geometry: Geometry, names: ReadonlyMap<string, string>): ScaledLabels {
  const base = geometry.labels[0]?.fontSize ?? 12;
  const scale = STAGE_FONT_SIZE / base;
  let byScale = cache.get(geometry);
  if (!byScale) cache.set(geometry, (byScale = new Map()));
  let scaled = byScale.get(scale);
  if (!scaled) byScale.set(scale, (scaled = labelsAtScale(geometry, scale, names)));
  return scaled;
}

/** The stage's drawing while the mode is on; null while it is off. */
export function useStageLabels(
  active: boolean,
  map: TransitMap | null,
  geometry: Geometry | null,
): ScaledLabels | null {
  return useMemo(() => {
    if (!active || !map || !geometry) return null;
    return stageLabels(geometry, new Map(map.stations.map((s) => [s.id, s.label])));
  }, [active, map, geometry]);
}

interface Hover {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The name of a station whose label is left out on stage, beside the pointer while it is
 * over that station; `onPointerMove` goes on the stage.
 */
export function useHiddenNames(
  map: TransitMap | null,
  hidden: readonly string[],
): {
  readonly onPointerMove: (e: PointerEvent<HTMLElement>) => void;
  readonly tip: { readonly name: string; readonly x: number; readonly y: number } | null;
  readonly description: string;
} {
  const [hover, setHover] = useState<Hover | null>(null);
  const names = useMemo(() => {
    const label = new Map(map?.stations.map((s) => [s.id, s.label]));
    return new Map(hidden.map((id) => [id, label.get(id) ?? id]));
  }, [map, hidden]);
  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const target = e.target instanceof Element ? e.target.closest('[data-station-id]') : null;
    const id = target?.getAttribute('data-station-id') ?? null;
    if (id === null || !names.has(id)) {
      if (hover) setHover(null);
      return;
    }
    setHover({ id, x: e.clientX, y: e.clientY });
  };
  const name = hover ? names.get(hover.id) : undefined;
  return {
    onPointerMove,
    tip: hover && name !== undefined ? { name, x: hover.x, y: hover.y } : null,
    description:
      names.size > 0 ? `Names not shown at this size: ${[...names.values()].join(', ')}.` : '',
  };
}
