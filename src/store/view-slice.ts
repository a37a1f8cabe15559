// The view slice: what the user is looking at, beyond the document itself — the selected
// station, fit and focus requests, the pan and zoom, what keyboard travel on the map says,
// and presentation mode with its step.
import type { SliceCreator, ViewSlice } from './types.ts';

export const createViewSlice: SliceCreator<ViewSlice> = (set, get) => ({
  selectedStation: null,
  fitRequest: 0,
  focusRequest: null,
  zoom: null,
  restoredZoom: null,
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
  mapStatus: { text: '', count: 0 },
  sayMapStatus: (text) => set({ mapStatus: { text, count: get().mapStatus.count + 1 } }),
  presenting: false,
  presentationStep: 0,
  enterPresentation: () => set({ presenting: true, presentationStep: 0 }),
  leavePresentation: () => set({ presenting: false }),
  stepPresentation: (by, steps) =>
    set({ presentationStep: Math.min(steps - 1, Math.max(0, get().presentationStep + by)) }),
});
