// The one source of truth for the map and solution formats.
// TypeScript types are inferred from these schemas and JSON Schemas are generated from them.
import { schemaMessages as m } from './messages.ts';
import { z } from './zod.ts';

/**
 * Names that would reach into an object's prototype if they were ever used as plain-object keys.
 * (The app keys everything by `Map`, so `prototype` — a station of the default map — is harmless.)
 */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor'];

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The largest map accepted. The biggest real networks have about 500 stations; the layout
 * takes seconds at 1,000 (in a worker) and minutes at 5,000, so larger maps are refused.
 */
export const MAX_STATIONS = 1000;
export const MAX_LINES = 200;
export const MAX_ZONES = 100;

export const Id = z
  .string()
  .min(1)
  .max(64)
  // Before the pattern, so that `__proto__` is refused by name, not for its underscores.
  .refine((id) => !RESERVED_IDS.includes(id), {
    message: m.reservedId,
    abort: true,
  })
  .regex(ID_PATTERN, {
    message: m.idPattern,
    abort: true,
  })
  .describe('lower-case letters, digits and dashes, e.g. "feature-store"');

export const HexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, {
    message: m.hexColor,
  })
  .describe('a CSS hex colour: #rgb or #rrggbb');

export const WebLink = z
  .string()
  .max(2048)
  .regex(/^https?:\/\/[^\s]+$/i, { message: m.webLink })
  .describe('an https:// or http:// link');

const Label = z.string().trim().min(1).max(200);
const Prose = z.string().max(5000);

/**
 * Pins lie within ±200 grid units (a 400 × 400 grid: far more than any network needs). The
 * layout routes on a grid spanning every pin: pins 1,000 apart took seconds, 10⁶ apart threw.
 */
export const MAX_COORDINATE = 200;
const Coordinate = z.number().finite().min(-MAX_COORDINATE).max(MAX_COORDINATE);

export const GridPoint = z
  .strictObject({ x: Coordinate, y: Coordinate })
  .describe('grid units; pins the station for the layout');

export const Zone = z.strictObject({
  id: Id,
  label: Label,
  description: Prose.optional(),
});

const Path = z.array(Id).min(2, { message: m.shortPath });

export const Stops = z
  .union([Path, z.array(Path).min(1)])
  .describe('one path of station ids in order, or a list of paths for a branching line');

export const Line = z.strictObject({
  id: Id,
  label: Label,
  color: HexColor,
  description: Prose.optional(),
  stops: Stops,
});

export const Station = z.strictObject({
  id: Id,
  label: Label,
  zone: Id.optional(),
  description: Prose.optional(),
  url: WebLink.optional(),
  position: GridPoint.optional(),
});

export const TransitMap = z.strictObject({
  kind: z.literal('map'),
  id: Id,
  title: Label,
  description: Prose.optional(),
  zones: z.array(Zone).max(MAX_ZONES).default([]),
  lines: z.array(Line).min(1, { message: m.noLines }).max(MAX_LINES),
  stations: z.array(Station).min(1, { message: m.noStations }).max(MAX_STATIONS),
});

export const CoverageLevel = z.enum(['full', 'partial']);

/** An ISO calendar date, e.g. "2026-12-01" (quoted or not: YAML's core schema reads it as text). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
    message: m.isoDate,
  })
  .describe('an ISO date: YYYY-MM-DD');

const Note = z.string().max(1000);

export const Claim = z.union([
  Id,
  z.strictObject({
    station: Id,
    level: CoverageLevel.default('full'),
    note: Note.optional(),
    /** Names a claim outside the map: a station id the map lacks, listed as "outside this map". */
    label: Label.optional(),
    /** The documentation page that supports this claim. */
    source: WebLink.optional(),
  }),
]);

export const Integration = z.strictObject({
  with: Id.describe('the id of the other solution'),
  note: Note.optional(),
  source: WebLink.optional(),
});

export const Solution = z.strictObject({
  kind: z.literal('solution'),
  id: Id,
  name: Label,
  map: Id,
  url: WebLink.optional(),
  color: HexColor.optional(),
  description: Prose.optional(),
  /** When the claims were last checked against the tool's documentation. */
  checked: IsoDate.optional(),
  covers: z.array(Claim),
  /** Documented connectors to other tools: a seam between the two is bridged. */
  integrations: z.array(Integration).max(MAX_LINES).optional(),
});

export const Priority = z.enum(['must', 'should', 'could', 'wont']);

export const Need = z.strictObject({
  station: Id,
  priority: Priority,
  note: Note.optional(),
});

export const Requirements = z.strictObject({
  kind: z.literal('requirements'),
  id: Id,
  map: Id,
  title: Label,
  description: Prose.optional(),
  default: Priority.default('should').describe('the priority of every station not listed'),
  needs: z.array(Need).max(MAX_STATIONS).default([]),
});

export const AnyDocument = z.discriminatedUnion('kind', [TransitMap, Solution, Requirements]);

export type Zone = z.infer<typeof Zone>;
export type Line = z.infer<typeof Line>;
export type Station = z.infer<typeof Station>;
export type TransitMap = z.infer<typeof TransitMap>;
export type TransitMapInput = z.input<typeof TransitMap>;
export type CoverageLevel = z.infer<typeof CoverageLevel>;
export type Claim = z.infer<typeof Claim>;
export type Solution = z.infer<typeof Solution>;
export type Integration = z.infer<typeof Integration>;
export type Priority = z.infer<typeof Priority>;
export type Need = z.infer<typeof Need>;
export type Requirements = z.infer<typeof Requirements>;
export type GridPoint = z.infer<typeof GridPoint>;

// Re-exported for the modules that already read it here; code on the first page imports it
// from line-paths.ts, so that drawing a map does not load zod.
export { linePaths } from './line-paths.ts';
