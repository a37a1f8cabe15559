// Says, once, that this tab's work is not being stored (storage full, blocked or missing), and
// offers the way to keep it: "Save .yaml" downloads the map on screen. Editing goes on.
import {
  selectCurrentEntry,
  selectDismissStorageWarning,
  selectStorageWarning,
} from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { saveAsDownload } from './editor/save-file.ts';

function saveCurrent() {
  const s = useAppStore.getState();
  s.flushEdits();
  const entry = selectCurrentEntry(useAppStore.getState());
  if (!entry) return;
  saveAsDownload(entry);
  s.markSaved(entry.map.id);
}

export function StorageWarning() {
  const warning = useAppStore(selectStorageWarning);
  const dismiss = useAppStore(selectDismissStorageWarning);
  if (!warning) return null;
  return (
    <div className="banner warning" role="alert" data-testid="save-warning">
      <p>{warning}</p>
      <button
        type="button"
        className="button small"
        data-testid="save-warning-download"
        onClick={saveCurrent}
      >
        Save .yaml
      </button>
      <button type="button" className="button small" onClick={dismiss}>
        OK
      </button>
    </div>
  );
}
