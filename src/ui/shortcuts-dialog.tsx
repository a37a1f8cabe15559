import { useEffect, useRef } from 'react';

export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['Tab'], action: 'Move into the map, then on to the panels' },
  { keys: ['←', '↑', '→', '↓'], action: 'Go to the connected station in that direction' },
  { keys: ['Enter'], action: 'Open the focused station’s details' },
  { keys: ['Esc'], action: 'Close the details, a menu or this dialog' },
  { keys: ['/'], action: 'Search for a station' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

interface Props {
  readonly onClose: () => void;
}

/** The keyboard shortcuts, as a modal dialog (focus stays inside until it closes). */
export function ShortcutsDialog({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts"
      data-testid="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <header>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <button
          type="button"
          className="button small"
          onClick={onClose}
          aria-label="Close shortcuts"
        >
          ✕
        </button>
      </header>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
