// What keyboard travel on the map has to say that the focus cannot show: "no station to the
// north" when an arrow leads nowhere. A polite live region, fed from the store's view slice.
import { selectMapStatus } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';

export function MapStatusRegion() {
  const { text, count } = useAppStore(selectMapStatus);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="map-status">
      {/* A fresh node each time: screen readers announce a repeated message again. */}
      <span key={count}>{text}</span>
    </div>
  );
}
