import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import { legible, visibleLabels } from '../render/label-lod.ts';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The element's size in CSS pixels: measured before the first paint, then kept up to date. */
function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (box) setSize({ width: box.width, height: box.height });
  }, [ref]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box) setSize({ width: box.width, height: box.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export interface LabelLod {
  /** `geometry` with only the labels legible at this zoom (the same object when all are). */
  readonly geometry: Geometry;
  /** Station labels: all drawn, some or all hidden as too small, or not known yet. */
  readonly labels: 'shown' | 'hidden' | 'pending';
  /** The zones' names are large enough to draw. */
  readonly zoneLabels: boolean;
}

/**
 * What of `geometry`'s text is legible at zoom `k` on this screen (see render/label-lod.ts).
 * `viewBox` is the SVG's [width, height] in map units.
 */
export function useLabelLod(
  svgRef: RefObject<SVGSVGElement | null>,
  geometry: Geometry,
  viewBox: readonly [number, number],
  k: number,
): LabelLod {
  const { width, height } = useElementSize(svgRef);
  const [vbWidth, vbHeight] = viewBox;
  const pixelsPerUnit =
    width > 0 && vbWidth > 0 && vbHeight > 0 ? Math.min(width / vbWidth, height / vbHeight) : 0;
  const view = { pixelsPerUnit, k };
  // Legibility grows with the font size, so the count of legible labels names the set: the
  // labels are filtered again when it changes, not on every frame of a zoom.
  const count = geometry.labels.filter((l) => legible(l.fontSize, view)).length;
  const shown = useMemo(() => {
    if (count === geometry.labels.length) return geometry;
    const labels = count === 0 ? [] : visibleLabels(geometry.labels, { pixelsPerUnit, k });
    return { ...geometry, labels };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geometry, count]);
  const zoneFont = geometry.zones[0]?.fontSize ?? 0;
  const zoneLabels = legible(zoneFont, view);
  const labels =
    pixelsPerUnit === 0 ? 'pending' : count === geometry.labels.length ? 'shown' : 'hidden';
  return { geometry: shown, labels, zoneLabels };
}
