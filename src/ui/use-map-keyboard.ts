import { useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { select } from 'd3-selection';
import type { ZoomBehavior } from 'd3-zoom';
import type { Geometry } from '../layout/geometry.ts';
import { departures, isArrowKey, neighbourInDirection } from './keyboard-nav.ts';
import type { ArrowKey } from './keyboard-nav.ts';
import { useAppStore } from '../store/store.ts';

const COMPASS: Record<ArrowKey, string> = {
  ArrowUp: 'north',
  ArrowDown: 'south',
  ArrowLeft: 'west',
  ArrowRight: 'east',
};

const MARGIN = 24;

const stationIdOf = (target: EventTarget | null): string | null =>
  target instanceof Element
    ? (target.closest('[data-station-id]')?.getAttribute('data-station-id') ?? null)
    : null;

/**
 * Keyboard travel on the map: one station is the tab stop (roving focus); the arrows move
 * to the connected station in that direction, scrolling the view to keep it in sight;
 * Escape closes the details; + and − zoom.
 */
export function useMapKeyboard(
  svgRef: RefObject<SVGSVGElement | null>,
  behaviour: RefObject<ZoomBehavior<SVGSVGElement, unknown> | null>,
  geometry: Geometry,
  selectedStation: string | null,
  onSelectStation: (id: string | null) => void,
) {
  const [current, setCurrent] = useState<string | null>(null);
  // The departures of the drawing, worked out at the first arrow key, not on every draw.
  const table = useRef<{ geometry: Geometry; departures: ReturnType<typeof departures> }>(null);
  const departuresOf = (g: Geometry) => {
    if (table.current?.geometry !== g) table.current = { geometry: g, departures: departures(g) };
    return table.current.departures;
  };
  // A newly selected station (by click, search or the gap list) becomes the tab stop.
  const [seen, setSeen] = useState(selectedStation);
  if (seen !== selectedStation) {
    setSeen(selectedStation);
    if (selectedStation) setCurrent(selectedStation);
  }
  const known = (id: string | null) => id !== null && geometry.stations.some((s) => s.id === id);
  const tabStop = known(current)
    ? current
    : known(selectedStation)
      ? selectedStation
      : (geometry.stations[0]?.id ?? null);

  /** Pans the view (keeping the zoom) when the station's marker is not well inside it. */
  const reveal = (id: string, el: Element) => {
    const svg = svgRef.current;
    const station = geometry.stations.find((s) => s.id === id);
    if (!svg || !behaviour.current || !station) return;
    const box = el.getBoundingClientRect();
    const view = svg.getBoundingClientRect();
    const inside =
      box.left >= view.left + MARGIN &&
      box.right <= view.right - MARGIN &&
      box.top >= view.top + MARGIN &&
      box.bottom <= view.bottom - MARGIN;
    if (!inside) behaviour.current.translateTo(select(svg), station.x, station.y);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!svg) return;
    if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      behaviour.current?.scaleBy(select(svg), e.key === '-' ? 1 / 1.25 : 1.25);
      // Zooming about the middle would carry a focused station off screen: keep it centred.
      const focused = geometry.stations.find((s) => s.id === stationIdOf(e.target));
      if (focused) behaviour.current?.translateTo(select(svg), focused.x, focused.y);
      return;
    }
    if (e.key === 'Escape' && selectedStation) {
      e.preventDefault();
      onSelectStation(null);
      return;
    }
    const from = stationIdOf(e.target);
    if (!from || !isArrowKey(e.key)) return;
    e.preventDefault(); // arrows never scroll the page from the map
    const next = neighbourInDirection(departuresOf(geometry), from, e.key);
    const el = next
      ? svg.querySelector<SVGGElement>(`[data-station-id="${CSS.escape(next)}"]`)
      : null;
    if (!next || !el) {
      const label = geometry.labels.find((l) => l.stationId === from)?.rows.join(' ') ?? from;
      // From the handler, not a hook: MapView takes its state as props and subscribes to none.
      useAppStore.getState().sayMapStatus(`No station to the ${COMPASS[e.key]} of ${label}`);
      return;
    }
    setCurrent(next);
    el.focus({ preventScroll: true });
    reveal(next, el);
  };

  const onFocus = (e: FocusEvent<SVGSVGElement>) => {
    const id = stationIdOf(e.target);
    if (id) setCurrent(id);
  };

  return { tabStop, onKeyDown, onFocus };
}
