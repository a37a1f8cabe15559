import { useEffect, useRef, useState } from 'react';
import type { Coverage } from '../coverage/coverage.ts';
import type { Solution } from '../model/schema.ts';
import { announcement } from './station-names.ts';

interface Props {
  readonly mapId: string | undefined;
  readonly selected: readonly Solution[];
  readonly coverage: Coverage | undefined;
}

/** A polite live region that says what a change of the overlay did to the coverage. */
export function Announcer({ mapId, selected, coverage }: Props) {
  const [message, setMessage] = useState('');
  const before = useRef<{ mapId: string | undefined; selected: readonly Solution[] }>({
    mapId,
    selected,
  });
  useEffect(() => {
    const prev = before.current;
    before.current = { mapId, selected };
    // Another map brings its own selection: nothing was chosen, so nothing is announced.
    if (prev.mapId !== mapId) return;
    const text = announcement(prev.selected, selected, coverage);
    if (text) setMessage(text);
  }, [mapId, selected, coverage]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
