/** The station's marker on the on-screen map (not a gap-list button sharing its data attribute). */
export const stationElement = (id: string): SVGGElement | null =>
  document.querySelector<SVGGElement>(
    `svg[data-testid="transit-map"] [data-station-id="${CSS.escape(id)}"]`,
  );

/** Moves keyboard focus to a station on the map once it has been drawn. */
export function focusStationElement(id: string): void {
  requestAnimationFrame(() => stationElement(id)?.focus({ preventScroll: true }));
}

/** True when keys typed here are text, not shortcuts. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
