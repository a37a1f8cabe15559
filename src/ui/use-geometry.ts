import { startTransition, useEffect, useState } from 'react';
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import { layoutInWorker, peekGeometry } from './layout-client.ts';

interface Result {
  readonly geometry: Geometry | null;
  /** The map `geometry` belongs to. */
  readonly map: TransitMap | null;
  readonly error: string | null;
  readonly failed: TransitMap | null;
}

export interface GeometryState {
  /** The geometry of `map`, or of the previous map while the new one is being laid out. */
  readonly geometry: Geometry | null;
  readonly map: TransitMap | null;
  readonly pending: boolean;
  readonly error: string | null;
}

/** Lays a map out in the worker; keeps showing the last geometry until the new one is ready. */
export function useGeometry(map: TransitMap | undefined): GeometryState {
  // A geometry already at hand (a bundled map laid out at build time) is drawn at once.
  const [result, setResult] = useState<Result>(() => {
    const known = map ? peekGeometry(map) : undefined;
    return { geometry: known ?? null, map: known && map ? map : null, error: null, failed: null };
  });
  useEffect(() => {
    if (!map) return;
    let live = true;
    layoutInWorker(map).then(
      // A transition: React renders a big map in slices, so the page never freezes on it.
      (geometry) =>
        live &&
        startTransition(() =>
          setResult((r) => (r.map === map ? r : { geometry, map, error: null, failed: null })),
        ),
      (error: unknown) => live && setResult((r) => ({ ...r, error: String(error), failed: map })),
    );
    return () => {
      live = false;
    };
  }, [map]);
  const pending = map !== undefined && result.map !== map && result.failed !== map;
  return {
    geometry: result.geometry,
    map: result.map,
    pending,
    error: result.failed === map ? result.error : null,
  };
}
