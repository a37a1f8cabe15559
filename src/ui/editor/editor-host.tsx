// Everything the editing features add around the map, in one place: the undo and redo keys,
// the storage warning and restore messages, the confirm and conflict dialogs, and `#src=URL`.
import { useEffect } from 'react';
import { useAppStore } from '../../store/store.ts';
import { ConflictPrompt } from '../conflict-prompt.tsx';
import { StorageWarning } from '../storage-warning.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { openFromHash, srcOf } from './open-from-hash.ts';
import {
  selectEditNotice,
  selectEditorActions,
  selectRestoreNotice,
} from '../../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

const typingInField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function useUndoKeys() {
  const { undo, redo } = useAppStore(useShallow(selectEditorActions));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typingInField(e.target) || e.altKey) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

function useSourceFromHash() {
  useEffect(() => {
    let last = srcOf(window.location.hash);
    void openFromHash(window.location.hash, window.location.href);
    const onHash = () => {
      const src = srcOf(window.location.hash);
      if (src === last) return;
      last = src;
      void openFromHash(window.location.hash, window.location.href);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}

/** A message the user acknowledges with OK (a polite status, not an alert). */
function Notice(props: {
  tone: 'info' | 'warning';
  testId: string;
  text: string;
  onDismiss: () => void;
}) {
  return (
    <div className={`banner ${props.tone}`} role="status" data-testid={props.testId}>
      <p>{props.text}</p>
      <button type="button" className="button small" onClick={props.onDismiss}>
        OK
      </button>
    </div>
  );
}

export function EditorHost() {
  const restoreNotice = useAppStore(selectRestoreNotice);
  const editNotice = useAppStore(selectEditNotice);
  const { dismissRestoreNotice: dismissRestore } = useAppStore(useShallow(selectEditorActions));
  const { dismissEditNotice: dismissEdit } = useAppStore(useShallow(selectEditorActions));
  useUndoKeys();
  useSourceFromHash();
  return (
    <>
      <StorageWarning />
      {restoreNotice && (
        <Notice
          tone="info"
          testId="restore-notice"
          text={restoreNotice}
          onDismiss={dismissRestore}
        />
      )}
      {editNotice && (
        <Notice tone="warning" testId="edit-notice" text={editNotice} onDismiss={dismissEdit} />
      )}
      <ConfirmDialog />
      <ConflictPrompt />
    </>
  );
}
