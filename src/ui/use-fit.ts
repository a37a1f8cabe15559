// Fit: the whole map framed in the part of the stage no panel covers (the header, the map's
// key, a details sheet). While the view still stands where Fit put it, it follows those
// panels and the map as they change (the key opened or closed, the window resized, the map
// edited); once the reader pans or zooms, the view stays theirs.
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { select } from 'd3-selection';
import { zoomIdentity, zoomTransform } from 'd3-zoom';
import type { ZoomBehavior } from 'd3-zoom';
import type { MapZoom } from '../store/types.ts';
import type { Geometry } from '../layout/geometry.ts';
import { fitFrame, padded } from './fit-frame.ts';
import { fitTransform, visibleArea } from './visible-area.ts';
import type { Rect, ZoomParts } from './visible-area.ts';

/**
 * The boxes that may lie over the map. Not the phone's drawer: it is opened over the map on
 * purpose, and gives way when a station is flown to (side-drawer.tsx).
 */
const COVERS = '.stage-header > *, .map-key, .details';

/** The part of the SVG's box, on screen, that no panel covers. */
export function freeArea(svg: SVGSVGElement): { view: Rect; free: Rect } {
  const view = svg.getBoundingClientRect();
  const covers = [...document.querySelectorAll(COVERS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return { view, free: visibleArea(view, covers) };
}

const same = (a: ZoomParts, b: ZoomParts) =>
  Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;

/** Frames the map in the free part of the SVG; returns the transform set (null: no room). */
function fitNow(
  svg: SVGSVGElement,
  zoomer: ZoomBehavior<SVGSVGElement, unknown>,
  { geometry, padding }: Framed,
): ZoomParts | null {
  const { view, free } = freeArea(svg);
  if (view.right - view.left <= 0 || view.bottom - view.top <= 0) return null;
  const size = { width: free.right - free.left, height: free.bottom - free.top };
  const frame = fitFrame(geometry, padding, size);
  const t = fitTransform(padded(geometry.bounds, padding), frame, view, free);
  zoomer.transform(select(svg), zoomIdentity.translate(t.x, t.y).scale(t.k));
  return t;
}

/** The map drawn, and the margin (map units) its viewBox keeps round its bounds. */
interface Framed {
  readonly geometry: Geometry;
  readonly padding: number;
}

export function useFit(
  svgRef: RefObject<SVGSVGElement | null>,
  behaviour: RefObject<ZoomBehavior<SVGSVGElement, unknown> | null>,
  geometry: Geometry,
  padding: number,
  fitRequest: number,
  mapId: string,
  /** The view the autosave brought back (read once, at the first fit). */
  restored: RefObject<{ readonly savedZoom?: MapZoom | null | undefined }>,
): void {
  /** The fit request and map last applied; null until the first (which may restore a view). */
  const applied = useRef<string | null>(null);
  /** The transform the last fit set, while the view still stands there. */
  const fitted = useRef<ZoomParts | null>(null);
  /** The latest map, for the resize observer. */
  const box = useRef<Framed>({ geometry, padding });
  useEffect(() => {
    box.current = { geometry, padding };
  });

  /** Fits again if the view has not moved since the last fit. */
  const refit = useRef(() => {
    const svg = svgRef.current;
    if (!svg || !behaviour.current || !fitted.current) return;
    if (same(zoomTransform(svg), fitted.current))
      fitted.current = fitNow(svg, behaviour.current, box.current);
  });

  // Fit on a new map or request. The very first time, the view the autosave brought back for
  // this map wins over the fit (a reload shows what was on screen).
  useEffect(() => {
    const svg = svgRef.current;
    const key = `${fitRequest} ${mapId}`;
    if (!svg || !behaviour.current || applied.current === key) return;
    const saved = applied.current === null ? restored.current.savedZoom : null;
    applied.current = key;
    if (saved?.mapId === mapId) {
      fitted.current = null;
      const t = zoomIdentity.translate(saved.x, saved.y).scale(saved.k);
      behaviour.current.transform(select(svg), t);
    } else fitted.current = fitNow(svg, behaviour.current, box.current);
  }, [svgRef, behaviour, fitRequest, mapId, restored]);

  // A new drawing (an edit, a new layout): still fitted, fit it.
  useEffect(() => refit.current(), [geometry]);

  // The stage resized, or a panel over it changed size (the key opened, closed or moved).
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => refit.current());
    observer.observe(svg);
    const stage = svg.parentElement;
    for (const el of stage?.querySelectorAll('.map-key, .stage-header') ?? []) observer.observe(el);
    return () => observer.disconnect();
  }, [svgRef]);
}
