// The YAML editor panel. The panel itself is small and always bundled; CodeMirror comes in
// with `yaml-editor.tsx`, imported only when the panel is first opened.
import { lazy, Suspense, useState } from 'react';
import { drawnGridPoints } from '../saved-positions.ts';
import {
  selectCurrentDirty,
  selectEditorActions,
  selectEditorOpen,
  selectEditorStatus,
  selectEditorWidth,
  selectLoadModelCode,
} from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { EditorSplitter, useViewportWidth } from './editor-splitter.tsx';
import { clampEditorWidth } from './editor-width.ts';
import { saveAsDownload } from './save-file.ts';
import './editor.css';
import { uiMessages } from '../messages.ts';
import { useShallow } from 'zustand/react/shallow';

const YamlEditor = lazy(() => import('./yaml-editor.tsx'));

export function EditorPanel() {
  const open = useAppStore(selectEditorOpen);
  const status = useAppStore(selectEditorStatus);
  const dirty = useAppStore(selectCurrentDirty);
  const {
    setEditorOpen: setOpen,
    flushCurrent,
    markSaved,
  } = useAppStore(useShallow(selectEditorActions));
  const loadModelCode = useAppStore(selectLoadModelCode);
  const [withPositions, setWithPositions] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const chosen = useAppStore(selectEditorWidth);
  const width = clampEditorWidth(chosen, useViewportWidth());
  if (!open) return null;
  const save = async () => {
    const entry = flushCurrent();
    if (!entry) return;
    setSaveError(null);
    if (withPositions) {
      // Every station pinned where it is drawn: the file brings back this very picture.
      const code = await loadModelCode();
      const result = code.setStationPositions(
        entry.source,
        entry.map.id,
        drawnGridPoints(entry.map.id),
      );
      if (!result.ok) {
        setSaveError(uiMessages.positionsNotWritten(result.reason));
        return;
      }
      saveAsDownload({ ...entry, source: result.text });
    } else saveAsDownload(entry);
    markSaved(entry.map.id);
  };
  return (
    <section
      className="editor-panel"
      data-testid="editor-panel"
      aria-label="YAML editor"
      style={{ width }}
    >
      <EditorSplitter width={width} />
      <header className="editor-head">
        <h2>
          Map YAML
          {dirty && (
            <span className="dirty" title="Edits not saved to a file">
              {' '}
              •
            </span>
          )}
        </h2>
        <button
          type="button"
          className="button small"
          data-testid="save-yaml"
          onClick={() => void save()}
        >
          Save .yaml
        </button>
        <label
          className="save-positions"
          title="Pin every station where it is drawn, so the file shows this picture anywhere"
        >
          <input
            type="checkbox"
            data-testid="save-with-positions"
            checked={withPositions}
            onChange={(e) => setWithPositions(e.target.checked)}
          />{' '}
          with positions
        </label>
        <button
          type="button"
          className="button small"
          onClick={() => setOpen(false)}
          aria-label="Close the editor"
        >
          ✕
        </button>
      </header>
      <p
        className={`editor-status ${status === 'ok' ? 'ok' : 'bad'}`}
        data-testid="editor-status"
        role="status"
      >
        {status === 'ok' ? 'The map follows the text as you type.' : status}
      </p>
      {saveError && (
        <p className="editor-status bad" role="alert">
          {saveError}
        </p>
      )}
      <Suspense fallback={<p className="editor-loading">Loading the editor…</p>}>
        <YamlEditor />
      </Suspense>
    </section>
  );
}
