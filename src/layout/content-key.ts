// One way to turn "what a layout reads" into a cache key, shared by the two caches that need
// one: the page's cache of geometries (by map content and options) and the worker's memo of
// routings (by graph shape). Both list the parts they depend on; this makes the string.
import type { LayoutOptions } from './geometry.ts';
import type { TransitMap } from '../model/schema.ts';

/** Plain objects with their keys sorted, so that `{ a, b }` and `{ b, a }` give one key. */
function canonical(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/**
 * A key for `parts`: equal exactly when the parts are equal as data (object key order and
 * `undefined` fields do not count; array order does).
 */
export function contentKey(...parts: readonly unknown[]): string {
  return JSON.stringify(parts, canonical);
}

/**
 * Everything of a map and its options that the layout reads, as a key: its prose (title,
 * descriptions, links) left out, so that an edit of a description lays nothing out again.
 */
export function layoutInputKey(map: TransitMap, options: LayoutOptions): string {
  return contentKey(
    map.zones.map((z) => [z.id, z.label]),
    map.lines.map((l) => [l.id, l.label, l.color, l.stops]),
    map.stations.map((s) => [s.id, s.label, s.zone, s.position]),
    options,
  );
}
