// The view slice: what the user is looking at, beyond the document itself.
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface FocusRequest {
  readonly stationId: string;
  /** Bumped on every request, so focusing the same station twice still moves the view. */
  readonly serial: number;
  /** A connection to bring to the centre instead: the point between `stationId` and this one. */
  readonly toward?: string;
}

/** The pan and zoom of the map on screen (a d3-zoom transform), for the map it was made on. */
export interface MapZoom {
  readonly mapId: string;
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface ViewSlice {
  /** The station whose details panel is open. */
  readonly selectedStation: string | null;
  /** Bumped to ask the map to fit itself to the screen. */
  readonly fitRequest: number;
  /** Asks the map to bring a station to the centre of the view. */
  readonly focusRequest: FocusRequest | null;
  /** The last pan and zoom of the map (autosaved, so that a reload shows the same view). */
  readonly zoom: MapZoom | null;
  selectStation: (id: string | null) => void;
  focusStation: (id: string) => void;
  /** Brings the connection between two stations (a seam) to the centre of the view. */
  focusConnection: (a: string, b: string) => void;
  requestFit: () => void;
  setZoom: (zoom: MapZoom) => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  selectedStation: null,
  fitRequest: 0,
  focusRequest: null,
  zoom: null,
  selectStation: (id) => set({ selectedStation: id }),
  focusStation: (stationId) =>
    set({
      selectedStation: stationId,
      focusRequest: { stationId, serial: (get().focusRequest?.serial ?? 0) + 1 },
    }),
  focusConnection: (a, b) =>
    set({
      focusRequest: { stationId: a, toward: b, serial: (get().focusRequest?.serial ?? 0) + 1 },
    }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
  setZoom: (zoom) => {
    const z = get().zoom;
    if (z?.mapId !== zoom.mapId || z.k !== zoom.k || z.x !== zoom.x || z.y !== zoom.y)
      set({ zoom });
  },
});
