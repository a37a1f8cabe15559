import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import {
  cancelLayout,
  isCancelled,
  layoutInWorker,
  peekGeometry,
  watchLayoutProgress,
} from '../worker/app-layout-client.ts';
import { hasStoredPositions, previousPositions, rememberPositions } from './saved-positions.ts';

interface Result {
  readonly geometry: Geometry | null;
  /** The map `geometry` belongs to. */
  readonly map: TransitMap | null;
  readonly error: string | null;
  readonly failed: TransitMap | null;
  /** The full geometry, when `geometry` is it without labels for a first frame. */
  readonly later?: Geometry | undefined;
}

export interface GeometryState {
  /** The geometry of `map`, or of the previous map while the new one is being laid out. */
  readonly geometry: Geometry | null;
  readonly map: TransitMap | null;
  readonly pending: boolean;
  /** While pending: the share of the layout done (0–1), as the worker last said; else null. */
  readonly progress: number | null;
  readonly error: string | null;
  /** Stops the pending layout; the map on screen stays (the caller goes back to it). */
  readonly cancel: () => void;
}

/**
 * From this many stations, a newly opened map is drawn in two frames: lines, stations and
 * zones first, the station labels in the next. The browser then lays out the text of a big
 * map in a task of its own instead of one long one (an edit of the map on screen is drawn
 * in one go, so labels never blink while typing).
 */
const LABELS_LATER_FROM = 100;

const withoutLabels = (g: Geometry): Geometry => ({ ...g, labels: [] });

/** Runs `then` in a task after the next frame has been drawn. */
function afterNextFrame(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** Lays a map out in the worker; keeps showing the last geometry until the new one is ready. */
export function useGeometry(map: TransitMap | undefined): GeometryState {
  // A geometry already at hand (a bundled map laid out at build time) is drawn at once.
  const [result, setResult] = useState<Result>(() => {
    const known = map && !hasStoredPositions(map.id) ? peekGeometry(map) : undefined;
    if (known && map) rememberPositions(map.id, known, false);
    return { geometry: known ?? null, map: known && map ? map : null, error: null, failed: null };
  });
  /** The id of the map on screen, to tell an edit of it from another map. */
  const shownId = useRef<string | null>(result.map?.id ?? null);
  useEffect(() => {
    shownId.current = result.map?.id ?? null;
  }, [result.map]);
  // A layout effect: the request leaves for the worker before the browser paints the frame
  // with the edited text, not a frame later (a keystroke's map comes ~one frame sooner).
  useLayoutEffect(() => {
    if (!map) return;
    let live = true;
    // An edit of the map on screen, or a map with a stored picture, starts from that picture.
    const edit = shownId.current === map.id;
    const previous = edit || hasStoredPositions(map.id) ? previousPositions(map.id) : undefined;
    layoutInWorker(map, previous ? { previous } : {}).then(
      (geometry) => {
        if (!live) return;
        rememberPositions(map.id, geometry, previous !== undefined);
        const split =
          geometry.stations.length >= LABELS_LATER_FROM &&
          geometry.labels.length > 0 &&
          shownId.current !== map.id;
        const next: Result = split
          ? { geometry: withoutLabels(geometry), map, error: null, failed: null, later: geometry }
          : { geometry, map, error: null, failed: null };
        // A transition: React renders a big map in slices, so the page never freezes on it.
        startTransition(() =>
          setResult((r) => (r.map === map && r.geometry === geometry ? r : next)),
        );
      },
      (error: unknown) => {
        if (!live) return;
        // Cancelled: nothing failed (the page goes back to the map on screen; chosen again,
        // the map is laid out afresh).
        if (isCancelled(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        setResult((r) => ({ ...r, error: message, failed: map }));
      },
    );
    return () => {
      live = false;
    };
  }, [map]);
  // The labels follow once the frame without them is on screen.
  const later = result.later;
  useEffect(() => {
    if (!later) return;
    return afterNextFrame(() =>
      startTransition(() =>
        setResult((r) => (r.later === later ? { ...r, geometry: later, later: undefined } : r)),
      ),
    );
  }, [later]);
  const pending = map !== undefined && result.map !== map && result.failed !== map;
  const [progress, setProgress] = useState<{ map: TransitMap; share: number } | null>(null);
  useEffect(() => {
    if (!map || !pending) return;
    return watchLayoutProgress(map.id, (share) => setProgress({ map, share }));
  }, [map, pending]);
  return {
    geometry: result.geometry,
    map: result.map,
    pending,
    progress: pending && progress?.map === map ? progress.share : null,
    error: result.failed === map ? result.error : null,
    cancel: () => {
      if (map) cancelLayout(map.id);
    },
  };
}
