// Presentation mode's labels: the map's own drawing with its names placed again for the
// stage's larger text (layout/labels/labels-at-scale.ts), remembered per drawing; and, for
// the few names that found no clear spot beside their station at that size, the name on
// hover and in the dialog's accessible description.
import { useEffect, useMemo, useState } from 'react';
import type { PointerEvent } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import type * as AtScale from '../layout/labels/labels-at-scale.ts';
import type { TransitMap } from '../model/schema.ts';

/** Label size on stage, in map units (the map's own labels are 12). */
export const STAGE_FONT_SIZE = 17;

// The placer loads the first time the mode opens (it stays out of the initial bundle).
let placer: Promise<typeof AtScale> | undefined;
const loadPlacer = () => (placer ??= import('../layout/labels/labels-at-scale.ts'));

// Per drawing: entering the mode again, or stepping through solutions, places nothing anew.
const cache = new WeakMap<Geometry, AtScale.ScaledLabels>();

/** `geometry` with its labels placed for the stage's font size, once per drawing. */
export async function stageLabels(
  geometry: Geometry,
  map: TransitMap,
): Promise<AtScale.ScaledLabels> {
  const { labelsAtScale } = await loadPlacer();
  let scaled = cache.get(geometry);
  if (!scaled) {
    const base = geometry.labels[0]?.fontSize ?? 12;
    const names = new Map(map.stations.map((s) => [s.id, s.label]));
    scaled = labelsAtScale(geometry, STAGE_FONT_SIZE / base, names, map);
    cache.set(geometry, scaled);
  }
  return scaled;
}

/**
 * The stage's drawing while the mode is on, once placed (at once for a drawing placed
 * before); null while the mode is off or the placement is not there yet.
 */
export function useStageLabels(
  active: boolean,
  map: TransitMap | null,
  geometry: Geometry | null,
): AtScale.ScaledLabels | null {
  const [placed, setPlaced] = useState<{ of: Geometry; scaled: AtScale.ScaledLabels } | null>(null);
  useEffect(() => {
    if (!active || !map || !geometry || cache.has(geometry)) return;
    let live = true;
    stageLabels(geometry, map).then(
      (scaled) => live && setPlaced({ of: geometry, scaled }),
      // Said out loud; the stage keeps the map's own labels.
      (error: unknown) => console.warn('presentation: labels for the stage size failed', error),
    );
    return () => {
      live = false;
    };
  }, [active, map, geometry]);
  if (!active || !geometry) return null;
  return cache.get(geometry) ?? (placed?.of === geometry ? placed.scaled : null);
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
