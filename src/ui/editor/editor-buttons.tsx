// The toolbar's editing buttons: Edit YAML (toggles the editor panel), New map, Undo, Redo.
import { useAppStore } from '../../store/store.ts';
import type { AppState } from '../../store/store.ts';

const selectOpen = (s: AppState) => s.editorOpen;
const selectCanUndo = (s: AppState) => (s.histories[s.currentMapId]?.past.length ?? 0) > 0;
const selectCanRedo = (s: AppState) => (s.histories[s.currentMapId]?.future.length ?? 0) > 0;

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function EditorButtons() {
  const open = useAppStore(selectOpen);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const setOpen = useAppStore((s) => s.setEditorOpen);
  const newMap = useAppStore((s) => s.newMap);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="edit-yaml"
        aria-pressed={open}
        onClick={() => setOpen(!open)}
      >
        Edit YAML
      </button>
      <button type="button" className="button" data-testid="new-map" onClick={newMap}>
        New map
      </button>
      <button
        type="button"
        className="button"
        data-testid="undo"
        onClick={undo}
        disabled={!canUndo}
        aria-label="Undo"
        aria-keyshortcuts="Control+Z Meta+Z"
        title={`Undo (${mod}Z)`}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="button"
        data-testid="redo"
        onClick={redo}
        disabled={!canRedo}
        aria-label="Redo"
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title={`Redo (${mod}Shift+Z)`}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </>
  );
}
