// Says, once, that this tab's work is not being stored (storage full, blocked or missing), and
// offers the way to keep it: "Save .yaml" downloads the map on screen. Editing goes on.
import { useShallow } from 'zustand/react/shallow';
import {
  selectDismissStorageWarning,
  selectEditorActions,
  selectStorageWarning,
} from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import { saveAsDownload } from './editor/save-file.ts';

export function StorageWarning() {
  const warning = useAppStore(selectStorageWarning);
  const dismiss = useAppStore(selectDismissStorageWarning);
  const { flushCurrent, markSaved } = useAppStore(useShallow(selectEditorActions));
  if (!warning) return null;
  const saveCurrent = () => {
    const entry = flushCurrent();
    if (!entry) return;
    saveAsDownload(entry);
    markSaved(entry.map.id);
  };
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
