// What keyboard travel on the map has to say that the focus cannot show: "no station to the
// north" when an arrow leads nowhere. A polite live region, fed from a small store.
import { create } from 'zustand';

interface MapStatus {
  readonly text: string;
  /** Counts messages, so that the same words said twice are announced twice. */
  readonly count: number;
  say: (text: string) => void;
}

export const useMapStatus = create<MapStatus>()((set, get) => ({
  text: '',
  count: 0,
  say: (text) => set({ text, count: get().count + 1 }),
}));

const selectText = (s: MapStatus) => s.text;
const selectCount = (s: MapStatus) => s.count;

export function MapStatusRegion() {
  const text = useMapStatus(selectText);
  const count = useMapStatus(selectCount);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="map-status">
      {/* A fresh node each time: screen readers announce a repeated message again. */}
      <span key={count}>{text}</span>
    </div>
  );
}
