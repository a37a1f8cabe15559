// In the station details: whether the station is pinned, and a button that unpins it.
import type { Station } from '../../model/schema.ts';
import { useAppStore } from '../../store/store.ts';
import { selectEditorActions } from '../../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

export function PinStatus({ station }: { station: Station }) {
  const { unpinStation: unpin } = useAppStore(useShallow(selectEditorActions));
  if (!station.position) {
    return <p className="pin-status">Placed automatically. Drag it on the map to pin it.</p>;
  }
  return (
    <p className="pin-status" data-testid="pin-status">
      Pinned at x {station.position.x}, y {station.position.y}.{' '}
      <button
        type="button"
        className="button small unpin"
        data-testid="unpin"
        onClick={() => unpin(station.id)}
      >
        Unpin
      </button>
    </p>
  );
}
