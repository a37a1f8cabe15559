// The view slice: what the user is looking at, beyond the document itself.
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export interface FocusRequest {
  readonly stationId: string;
  /** Bumped on every request, so focusing the same station twice still moves the view. */
  readonly serial: number;
}

export interface ViewSlice {
  /** The station whose details panel is open. */
  readonly selectedStation: string | null;
  /** Bumped to ask the map to fit itself to the screen. */
  readonly fitRequest: number;
  /** Asks the map to bring a station to the centre of the view. */
  readonly focusRequest: FocusRequest | null;
  selectStation: (id: string | null) => void;
  focusStation: (id: string) => void;
  requestFit: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  selectedStation: null,
  fitRequest: 0,
  focusRequest: null,
  selectStation: (id) => set({ selectedStation: id }),
  focusStation: (stationId) =>
    set({
      selectedStation: stationId,
      focusRequest: { stationId, serial: (get().focusRequest?.serial ?? 0) + 1 },
    }),
  requestFit: () => set({ fitRequest: get().fitRequest + 1 }),
});
