// The stations' grid positions of each map as last drawn, so that a re-layout after an edit
// starts from the picture on screen (LayoutOptions.previous) and a reload draws the same
// picture again. Kept in memory for every map shown; written to the browser's storage only
// for maps whose layout depends on an earlier drawing (once edited), so an untouched bundled
// map is always laid out afresh. A storage failure only costs the kept picture, never work.
import type { Geometry, PreviousStation } from '../layout/geometry.ts';
import { localStore } from '../storage/local-storage.ts';

export type Positions = Readonly<Record<string, PreviousStation>>;

export const POSITIONS_KEY = 'mlops-transit-map:positions';
/** Maps kept in storage (the most recently drawn ones). */
const KEEP = 20;

const shown = new Map<string, Positions>();
let stored: Record<string, Positions> | undefined;

function readStored(): Record<string, Positions> {
  if (stored) return stored;
  stored = {};
  try {
    const parsed: unknown = JSON.parse(localStore()?.getItem(POSITIONS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      for (const [id, value] of Object.entries(parsed as Record<string, unknown>))
        if (validPositions(value)) stored[id] = value;
  } catch {
    // An unreadable entry is dropped: the map is laid out afresh.
  }
  return stored;
}

function validPositions(value: unknown): value is Positions {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every((p) => {
    const q = p as Partial<PreviousStation> | null;
    return (
      !!q &&
      typeof q.gx === 'number' &&
      typeof q.gy === 'number' &&
      Number.isFinite(q.gx) &&
      Number.isFinite(q.gy) &&
      (q.pinned === undefined || typeof q.pinned === 'boolean')
    );
  });
}

export function positionsOf(geometry: Geometry): Positions {
  const out: Record<string, PreviousStation> = {};
  for (const s of geometry.stations) out[s.id] = { gx: s.grid.gx, gy: s.grid.gy, pinned: s.pinned };
  return out;
}

/** The picture a re-layout of `mapId` should start from: on screen, else the stored one. */
export function previousPositions(mapId: string): Positions | undefined {
  return shown.get(mapId) ?? readStored()[mapId];
}

/** Whether `mapId` has a stored picture (its layout then depends on it). */
export function hasStoredPositions(mapId: string): boolean {
  return mapId in readStored();
}

/** Remembers the drawn picture of `mapId`; `keep` also writes it to storage. */
export function rememberPositions(mapId: string, geometry: Geometry, keep: boolean): void {
  const positions = positionsOf(geometry);
  shown.set(mapId, positions);
  if (!keep) return;
  const all = readStored();
  delete all[mapId];
  all[mapId] = positions;
  const ids = Object.keys(all);
  for (const id of ids.slice(0, Math.max(0, ids.length - KEEP))) delete all[id];
  try {
    localStore()?.setItem(POSITIONS_KEY, JSON.stringify(all));
  } catch {
    // Full or blocked storage: the picture is kept for this session only.
  }
}

/** The drawn grid point of every station of `mapId`, for writing them into the YAML. */
export function drawnGridPoints(mapId: string): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  for (const [id, p] of Object.entries(shown.get(mapId) ?? {})) out[id] = { x: p.gx, y: p.gy };
  return out;
}
