import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../store/store.ts';
import { selectCurrentMap, selectViewActions } from '../store/selectors.ts';
import { focusStationElement } from './focus-station.ts';
import { fuzzySearch } from './fuzzy.ts';
import type { SearchItem, SearchResult } from './fuzzy.ts';
import { SEARCH_INPUT_ID } from './use-shortcuts.ts';
import { useShallow } from 'zustand/react/shallow';

/** The label with the matched characters in bold. */
function Highlight({ result }: { result: SearchResult }) {
  const hit = new Set(result.indices);
  const chars = [...result.text];
  return (
    <>{chars.map((ch, i) => (hit.has(i) ? <b key={i}>{ch}</b> : <span key={i}>{ch}</span>))}</>
  );
}

/** Station search: fuzzy over labels (and ids and zones); choosing one focuses it on the map. */
export function SearchBox() {
  // The map, not its entry (which changes on every keystroke in the editor).
  const map = useAppStore(selectCurrentMap);
  const { focusStation } = useAppStore(useShallow(selectViewActions));
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const items = useMemo<SearchItem[]>(() => {
    if (!map) return [];
    const zones = new Map(map.zones.map((z) => [z.id, z.label]));
    return map.stations.map((s) => ({
      id: s.id,
      text: s.label,
      aliases: [s.id, ...(s.zone && zones.has(s.zone) ? [zones.get(s.zone) ?? ''] : [])],
    }));
  }, [map]);
  const results = useMemo(() => fuzzySearch(items, query, 8), [items, query]);
  const expanded = open && results.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    focusStation(result.id);
    setQuery('');
    setOpen(false);
    focusStationElement(result.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      if (results.length > 0) setActive((a) => (a + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(results[active]);
      }
    } else if (e.key === 'Escape') {
      if (expanded) e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search stations
      </label>
      <input
        id={SEARCH_INPUT_ID}
        data-testid="station-search"
        type="search"
        placeholder="Search stations  /"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching stations" hidden={!expanded}>
        {expanded &&
          results.map((r, i) => (
            <li
              key={r.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-result-id={r.id}
              // Keep focus in the input while clicking, so the list stays until chosen.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
              onMouseEnter={() => setActive(i)}
            >
              <Highlight result={r} />
            </li>
          ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open && query.trim() !== ''
          ? `${results.length} ${results.length === 1 ? 'station' : 'stations'} found`
          : ''}
      </p>
    </div>
  );
}
