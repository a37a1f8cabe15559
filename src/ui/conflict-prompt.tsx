// Asks what to do when a map edited here was saved meanwhile by another tab: keep this tab's
// text (it is saved over the other one), take the other tab's (this one's stays one undo
// away), or keep both (this tab's text becomes a copy with an id and title of its own).
import { useEffect, useRef } from 'react';
import { storeMessages as m } from '../store/messages.ts';
import { selectConflict, selectConflictMine, selectResolveConflict } from '../store/selectors.ts';
import { useAppStore } from '../store/store.ts';
import type { ConflictChoice } from '../store/types.ts';
import './conflict-prompt.css';

const lines = (text: string) => (text === '' ? 0 : text.split('\n').length);
const time = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'just now' : d.toLocaleTimeString();
};

const CHOICES: readonly { choice: ConflictChoice; label: string; says: string }[] = [
  { choice: 'mine', label: 'Keep mine', says: 'Save this tab’s text over the other tab’s.' },
  {
    choice: 'theirs',
    label: 'Take theirs',
    says: 'Show the other tab’s text here; Undo brings this tab’s back.',
  },
  { choice: 'both', label: 'Keep both', says: 'Keep this tab’s text as a copy, a map of its own.' },
];

export function ConflictPrompt() {
  const conflict = useAppStore(selectConflict);
  const mine = useAppStore(selectConflictMine);
  const resolveConflict = useAppStore(selectResolveConflict);
  const dialog = useRef<HTMLDialogElement>(null);
  const safest = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (conflict && d && !d.open) d.showModal();
    safest.current?.focus(); // "Keep both" loses nothing: the choice Enter makes
  }, [conflict]);
  if (!conflict) return null;
  return (
    <dialog
      ref={dialog}
      className="confirm conflict"
      data-testid="conflict-prompt"
      data-map-id={conflict.mapId}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title">Changed in another tab</h2>
      <p id="conflict-text">{m.changedElsewhere(conflict.title)}</p>
      <p className="conflict-sizes">
        This tab: {lines(mine)} lines · the other tab: {lines(conflict.theirSource)} lines, saved at{' '}
        {time(conflict.theirSavedAt)}.
      </p>
      <ul className="conflict-choices">
        {CHOICES.map(({ choice, label, says }) => (
          <li key={choice}>
            <button
              type="button"
              className={`button${choice === 'both' ? ' primary' : ''}`}
              data-testid={`conflict-${choice}`}
              aria-describedby={`conflict-${choice}-says`}
              onClick={() => void resolveConflict(conflict.key, choice)}
              {...(choice === 'both' ? { ref: safest } : {})}
            >
              {label}
            </button>
            <span id={`conflict-${choice}-says`}>{says}</span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
