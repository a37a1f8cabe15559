// Which zone each lattice cell belongs to, before any shaping: a cell goes to the zone whose
// stations or track are nearest (octagonal norm), within reach; a cell about as near to two
// zones stays free (a narrow gutter between them); a cell round a station belongs to that
// station's zone alone (a guard). Some cells are *forced* into a zone whatever the others
// claim: round its own station markers and along its own track, so that a zone's stations
// stay joined wherever its track joins them (where another zone's guard cuts its track,
// the zone goes round the guard: zone-shape.ts).
import type { Lattice, Stroke } from './lattice.ts';

/** A stroke of a zone, with how far the zone reaches round it. */
export interface Feature extends Stroke {
  readonly reach: number;
}

/** A station marker (axis a–b, radius r) and the zone it belongs to (-1: none). */
export interface Marker extends Stroke {
  readonly r: number;
  readonly zone: number;
}

export interface ClaimInput {
  readonly features: readonly (readonly Feature[])[];
  /** Per zone, the strokes of its track (forced into the zone). */
  readonly track: readonly (readonly Stroke[])[];
  readonly markers: readonly Marker[];
  /** Width of the gutter left between two zones' claims. */
  readonly gutter: number;
  /** Space round a marker, beyond its radius, that belongs to the station's zone alone. */
  readonly guard: number;
  /** Half width of the band forced along a zone's track. */
  readonly band: number;
  /** Space round a zone's own markers forced into it. */
  readonly keepIn: number;
}

export const FREE = -1;
/** A guard of a station that has no zone. */
export const UNZONED = -2;
/** A cell forced into more than one zone (where their tracks cross). */
export const SHARED = -3;

export interface Claims {
  /** The zone each cell goes to, or FREE. */
  readonly owner: Int16Array;
  /** The zone of the station guarding each cell, FREE or UNZONED. */
  readonly guard: Int16Array;
  /** Distance from each guarded cell to the guarding marker's edge. */
  readonly guardGap: Float32Array;
  /** The zone each cell is forced into, FREE or SHARED. */
  readonly forcedBy: Int16Array;
  /** Per zone, the cells forced into it. */
  readonly forced: readonly Int32Array[];
}

export function claimCells(lattice: Lattice, input: ClaimInput): Claims {
  const n = lattice.size;
  const owner = new Int16Array(n).fill(FREE);
  const best = new Float32Array(n).fill(Infinity);
  const second = new Float32Array(n).fill(Infinity);
  input.features.forEach((features, z) => {
    for (const f of features) {
      lattice.near(f, f.reach, (i, d) => {
        if (owner[i] === z) {
          if (d < (best[i] as number)) best[i] = d;
        } else if (d < (best[i] as number)) {
          second[i] = best[i] as number;
          best[i] = d;
          owner[i] = z;
        } else if (d < (second[i] as number)) second[i] = d;
      });
    }
  });
  for (let i = 0; i < n; i++) {
    if (owner[i] !== FREE && (second[i] as number) - (best[i] as number) < input.gutter)
      owner[i] = FREE;
  }

  const guard = new Int16Array(n).fill(FREE);
  const guardGap = new Float32Array(n).fill(Infinity);
  for (const m of input.markers) {
    lattice.near(m, m.r + input.guard, (i, _d, e) => {
      const gap = e - m.r;
      if (gap > input.guard || gap >= (guardGap[i] as number)) return;
      guardGap[i] = gap;
      guard[i] = m.zone < 0 ? UNZONED : m.zone;
    });
  }
  // A guard belongs to its station's zone whole (a station with no zone guards free ground).
  for (let i = 0; i < n; i++) {
    const g = guard[i] as number;
    if (g !== FREE) owner[i] = g === UNZONED ? FREE : g;
  }

  const forcedBy = new Int16Array(n).fill(FREE);
  const forced: Int32Array[] = [];
  const zones = input.features.length;
  for (let z = 0; z < zones; z++) {
    const cells: number[] = [];
    const take = (i: number): void => {
      const by = forcedBy[i] as number;
      if (by === z) return;
      forcedBy[i] = by === FREE ? z : SHARED;
      cells.push(i);
    };
    for (const m of input.markers) {
      if (m.zone !== z) continue;
      lattice.near(m, m.r + input.keepIn, (i, _d, e) => {
        if (e <= m.r + input.keepIn && (guard[i] === z || guard[i] === FREE)) take(i);
      });
    }
    const track = input.track[z] ?? [];
    for (const s of track) {
      lattice.near(s, input.band * 1.5, (i, _d, e) => {
        if (e > input.band) return;
        const g = guard[i] as number;
        if (g !== FREE && g !== z) return;
        take(i);
      });
    }
    forced.push(Int32Array.from(cells));
  }
  return { owner, guard, guardGap, forcedBy, forced };
}

/** Whether zone z may take cell i when shaping its area (closing gaps, filling holes). */
export function available(claims: Claims, z: number, i: number): boolean {
  const o = claims.owner[i] as number;
  const g = claims.guard[i] as number;
  const f = claims.forcedBy[i] as number;
  return (o === FREE || o === z) && (g === FREE || g === z) && (f === FREE || f === z);
}
