// How a save is read back (what is saved: persist.ts): pure functions, no storage here.
// A save carries a `version`; `migrate` brings an older one up to date step by step, and
// anything it cannot read is reported (and set aside by the caller), never thrown.
import { loadText } from '../model/load.ts';
import { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { z } from '../model/zod.ts';
import { SAVE_VERSION } from './persist.ts';
import type { AppState, MapEntry, SourceCheck } from './types.ts';
import { storeMessages as m } from './messages.ts';

export const SavedDocument = z.object({
  name: z.string().max(500),
  origin: z.enum(['bundled', 'file', 'url', 'new']),
  mapId: z.string(),
  source: z.string(),
  savedSource: z.string().optional(),
  /** The last map that loaded, kept while `source` has errors. */
  map: z.unknown().optional(),
});

/** d3-zoom's limits (map-view.tsx); a translation beyond a million pixels is nonsense. */
const ZOOM_EXTENT = [0.2, 12] as const;
const Offset = z.number().min(-1e6).max(1e6);
const SavedZoom = z.object({
  mapId: z.string(),
  k: z.number().min(ZOOM_EXTENT[0]).max(ZOOM_EXTENT[1]),
  x: Offset,
  y: Offset,
});

/** Version 2 added the pan and zoom of the map (`view.zoom`) to version 1. */
const SaveV2 = z.object({
  version: z.literal(2),
  savedAt: z.string(),
  documents: z.array(z.unknown()),
  solutions: z.array(z.unknown()),
  /** Requirement sets opened (not bundled); absent in saves from before they existed. */
  requirements: z.array(z.unknown()).optional(),
  view: z.object({
    currentMapId: z.string(),
    selectedSolutions: z.array(z.string()),
    /** Map id -> active requirements id; absent in older saves. */
    activeRequirements: z.record(z.string(), z.string()).optional(),
    selectedStation: z.string().nullable(),
    editorOpen: z.boolean(),
    /** Checked on restore: a zoom that does not read is left out with a notice, never fatal. */
    zoom: z.unknown(),
  }),
});

export type SavedDocument = z.infer<typeof SavedDocument>;
export type Save = z.infer<typeof SaveV2>;

/** One step per old version: `MIGRATIONS[n]` turns a version-n save into version n + 1. */
export type Migrations = Readonly<Record<number, (old: Record<string, unknown>) => unknown>>;
export const MIGRATIONS: Migrations = {
  // 1 → 2: the view gained the map's pan and zoom; an old save shows the map fitted.
  1: (old) => {
    const view = old['view'];
    const isRecord = typeof view === 'object' && view !== null && !Array.isArray(view);
    return { ...old, version: 2, view: isRecord ? { ...view, zoom: null } : view };
  },
};

export type Migrated = { readonly save: Save } | { readonly error: string };

/** Brings a parsed save to the current version, or says why it cannot. */
export function migrate(raw: unknown, migrations: Migrations = MIGRATIONS): Migrated {
  let value = raw;
  for (let guard = 0; guard <= SAVE_VERSION; guard++) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { error: m.saveUnknownFormat() };
    const record = value as Record<string, unknown>;
    const version = record['version'];
    if (typeof version !== 'number' || !Number.isInteger(version))
      return { error: m.saveNoVersion() };
    if (version > SAVE_VERSION) return { error: m.saveTooNew(version) };
    if (version === SAVE_VERSION) {
      const parsed = SaveV2.safeParse(record);
      return parsed.success ? { save: parsed.data } : { error: m.saveMissingFields() };
    }
    const step = migrations[version];
    if (!step) return { error: m.saveTooOld(version) };
    value = step(record);
  }
  return { error: m.saveNotUpgraded() };
}

/** Parses stored text; never throws. */
export function readSave(text: string, migrations: Migrations = MIGRATIONS): Migrated {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: m.saveNotJson() };
  }
  return migrate(raw, migrations);
}

export interface Restored {
  readonly state: Partial<AppState>;
  /** Parts of the save that could not be restored, said in a sentence; null if none. */
  readonly notice: string | null;
}

/** The state with the save applied on top of `base` (the bundled maps). Never throws. */
export function restore(base: AppState, save: Save): Restored {
  let maps = [...base.maps];
  let solutions = [...base.solutions];
  const checks: Record<string, SourceCheck> = {};
  let dropped = 0;
  for (const raw of save.documents) {
    const doc = SavedDocument.safeParse(raw);
    if (!doc.success) {
      dropped++;
      continue;
    }
    const { source, mapId, name, origin, savedSource } = doc.data;
    const others = maps.filter((m) => m.map.id !== mapId).map((m) => m.map);
    const result = loadText(source, { maps: others });
    let map = result.ok ? (result.maps.find((m) => m.id === mapId) ?? result.maps[0]) : undefined;
    const ok = map !== undefined;
    if (!map) {
      const kept = TransitMap.safeParse(doc.data.map);
      if (kept.success) map = kept.data;
    }
    if (!map) {
      dropped++;
      continue;
    }
    const entry: MapEntry = { map, source, origin, name, ...(savedSource ? { savedSource } : {}) };
    const id = map.id;
    maps = maps.some((m) => m.map.id === id)
      ? maps.map((m) => (m.map.id === id ? entry : m))
      : [...maps, entry];
    if (ok)
      solutions = [...solutions.filter((s) => !result.solutions.includes(s)), ...result.solutions];
    if (result.problems.length > 0) checks[id] = { text: source, problems: result.problems, ok };
  }
  for (const raw of save.solutions) {
    const parsed = Solution.safeParse(raw);
    if (!parsed.success || !maps.some((m) => m.map.id === parsed.data.map)) {
      dropped++;
      continue;
    }
    const s = parsed.data;
    solutions = [...solutions.filter((o) => o.id !== s.id || o.map !== s.map), s];
  }
  let requirements = [...base.requirements];
  for (const raw of save.requirements ?? []) {
    const parsed = Requirements.safeParse(raw);
    const map = parsed.success ? maps.find((m) => m.map.id === parsed.data.map) : undefined;
    if (!parsed.success || !map) {
      dropped++;
      continue;
    }
    const r = parsed.data;
    const known = new Set(map.map.stations.map((s) => s.id));
    const needs = r.needs.filter((need) => known.has(need.station));
    requirements = [
      ...requirements.filter((o) => o.id !== r.id || o.map !== r.map),
      { ...r, needs },
    ];
  }
  const { view } = save;
  const activeRequirements: Record<string, string> = {};
  for (const [mapId, id] of Object.entries(view.activeRequirements ?? {})) {
    if (requirements.some((r) => r.map === mapId && r.id === id)) activeRequirements[mapId] = id;
    else dropped++;
  }
  const current = maps.find((m) => m.map.id === view.currentMapId) ?? maps[0];
  // A tool is the same on every map: a selected id stays if some map has it.
  const known = new Set(solutions.map((s) => s.id));
  const station = current?.map.stations.some((s) => s.id === view.selectedStation);
  const zoom = SavedZoom.safeParse(view.zoom);
  if (!zoom.success && view.zoom !== null && view.zoom !== undefined) dropped++;
  return {
    state: {
      maps,
      solutions,
      requirements,
      activeRequirements,
      checks,
      currentMapId: current?.map.id ?? base.currentMapId,
      selectedSolutions: view.selectedSolutions.filter((id) => known.has(id)),
      selectedStation: station ? view.selectedStation : null,
      editorOpen: view.editorOpen,
      zoom: zoom.success && zoom.data.mapId === current?.map.id ? zoom.data : null,
    },
    notice: dropped > 0 ? m.partlyRestored(dropped) : null,
  };
}
