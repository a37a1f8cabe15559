// The toolbar's editing buttons: Edit YAML (toggles the editor panel), New map, Undo, Redo.
import { useAppStore } from '../../store/store.ts';
import type { AppState } from '../../store/types.ts';
import { selectEditorActions, selectEditorOpen } from '../../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

const selectCanUndo = (s: AppState) => (s.histories[s.currentMapId]?.past.length ?? 0) > 0;
const selectCanRedo = (s: AppState) => (s.histories[s.currentMapId]?.future.length ?? 0) > 0;

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function EditorButtons() {
  const open = useAppStore(selectEditorOpen);
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const { setEditorOpen: setOpen } = useAppStore(useShallow(selectEditorActions));
  const { newMap } = useAppStore(useShallow(selectEditorActions));
  const { undo } = useAppStore(useShallow(selectEditorActions));
  const { redo } = useAppStore(useShallow(selectEditorActions));
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
