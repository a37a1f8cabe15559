// What the layout could not do as the map asks (Geometry.notes), shown under the map's title
// as a small folded notice, so a crossing or a crowded station is explained, not a mystery.
import type { Geometry } from '../layout/geometry.ts';

export function LayoutNotes({ geometry }: { geometry: Geometry }) {
  const notes = geometry.notes ?? [];
  if (notes.length === 0) return null;
  return (
    <details className="layout-notes" data-testid="layout-notes">
      <summary>
        {notes.length === 1 ? 'A note on this drawing' : `${notes.length} notes on this drawing`}
      </summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </details>
  );
}
