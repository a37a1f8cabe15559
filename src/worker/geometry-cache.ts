// The geometries the page has asked for, per map object and by content, so that switching
// back to a map (or undoing an edit) is instant and an edit that does not change the drawing
// (a description) is free.
import { layoutInputKey } from '../layout/content-key.ts';
import type { Geometry, LayoutOptions } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';

/** How many layouts are kept by content (the oldest goes first). */
const CONTENT_CACHE_SIZE = 30;

const noop = () => undefined;
const isDefault = (options: LayoutOptions) => Object.keys(options).length === 0;

/** A lookup that missed: the keys to file the coming layout under. */
export interface CacheMiss {
  readonly key: string;
  /** The key without `previous`, when the options have one. */
  readonly plain: string | undefined;
}

export class GeometryCache {
  private readonly byMap = new WeakMap<TransitMap, Promise<Geometry>>();
  /** The geometries already at hand, for a first render that need not wait a turn. */
  private readonly ready = new WeakMap<TransitMap, Geometry>();
  private readonly byContent = new Map<string, Promise<Geometry>>();

  /** A geometry laid out elsewhere (at build time) with the default options. */
  seed(map: TransitMap, geometry: Geometry): void {
    const promise = Promise.resolve(geometry);
    this.byMap.set(map, promise);
    this.ready.set(map, geometry);
    this.byContent.set(layoutInputKey(map, {}), promise);
  }

  /** The geometry of `map` if it is already known (default options), without waiting. */
  peek(map: TransitMap): Geometry | undefined {
    return this.ready.get(map);
  }

  /** The layout of `map` already at hand or under way, or the keys to file a new one under. */
  find(map: TransitMap, options: LayoutOptions): Promise<Geometry> | CacheMiss {
    const cached = this.byMap.get(map);
    if (cached) return cached;
    // A version of the map drawn before (an undo, a redo) comes back as it was drawn, whatever
    // picture it would now start from.
    const { previous, ...rest } = options;
    const plain = previous ? layoutInputKey(map, rest) : undefined;
    const drawn = plain === undefined ? undefined : this.byContent.get(plain);
    if (drawn) {
      this.byMap.set(map, drawn);
      return drawn;
    }
    const key = layoutInputKey(map, options);
    const same = this.byContent.get(key);
    if (!same) return { key, plain };
    this.byMap.set(map, same);
    if (isDefault(options)) void same.then((g) => this.ready.set(map, g), noop);
    return same;
  }

  /** Files a layout under way; forgotten again if it fails. */
  add(map: TransitMap, options: LayoutOptions, miss: CacheMiss, promise: Promise<Geometry>): void {
    const { key, plain } = miss;
    this.byMap.set(map, promise);
    this.byContent.set(key, promise);
    if (plain !== undefined) this.byContent.set(plain, promise);
    if (isDefault(options)) void promise.then((g) => this.ready.set(map, g), noop);
    if (this.byContent.size > CONTENT_CACHE_SIZE)
      this.byContent.delete(this.byContent.keys().next().value ?? '');
    promise.catch(() => {
      this.byMap.delete(map);
      this.forget(key, promise);
      if (plain !== undefined) this.forget(plain, promise);
    });
  }

  /** Drops the layout filed under `key`, if it is `promise` (or any, without one). */
  forget(key: string, promise?: Promise<Geometry>): void {
    if (promise === undefined || this.byContent.get(key) === promise) this.byContent.delete(key);
  }
}
