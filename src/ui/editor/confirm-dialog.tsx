// The app's own confirm dialog (a modal <dialog>), driven by the store's `confirm` action.
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/store.ts';
import { selectConfirmRequest } from '../../store/selectors.ts';

export function ConfirmDialog() {
  const request = useAppStore(selectConfirmRequest);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (request && d && !d.open) d.showModal();
  }, [request]);
  if (!request) return null;
  return (
    <dialog
      ref={dialog}
      className="confirm"
      data-testid="confirm-dialog"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        request.answer(false);
      }}
    >
      <h2 id="confirm-title">{request.title}</h2>
      <p>{request.message}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => request.answer(false)} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="confirm-accept"
          onClick={() => request.answer(true)}
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
