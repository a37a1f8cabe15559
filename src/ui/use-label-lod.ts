import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import { labelPriority, quantiseZoom, visibleLabels } from '../render/label-lod.ts';

interface Size {
  readonly width: number;
  readonly height: number;
}

/** The element's size in CSS pixels, kept up to date. */
function useElementSize(ref: RefObject<Element | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
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

/**
 * `geometry` with only the labels worth drawing at zoom `k` on this screen (see
 * render/label-lod.ts); the same object when every label fits. `viewBox` is the SVG's
 * [width, height] in map units, `always` the stations whose labels must stay.
 */
export function useLabelLod(
  svgRef: RefObject<SVGSVGElement | null>,
  geometry: Geometry,
  viewBox: readonly [number, number],
  k: number,
  always: string | null,
): Geometry {
  const { width, height } = useElementSize(svgRef);
  const priority = useMemo(() => labelPriority(geometry), [geometry]);
  const [vbWidth, vbHeight] = viewBox;
  const pixelsPerUnit =
    width > 0 && vbWidth > 0 && vbHeight > 0 ? Math.min(width / vbWidth, height / vbHeight) : 0;
  const zoom = quantiseZoom(k);
  return useMemo(() => {
    if (pixelsPerUnit === 0) return geometry;
    const view = { pixelsPerUnit, k: zoom };
    const labels = visibleLabels(geometry.labels, priority, view, always ? [always] : []);
    return labels === geometry.labels ? geometry : { ...geometry, labels };
  }, [geometry, priority, pixelsPerUnit, zoom, always]);
}
