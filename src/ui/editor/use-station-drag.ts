// Dragging a station on the map: screen point -> SVG user units (the viewBox, through the
// SVG's screen matrix) -> map pixels (the inverse of the d3-zoom transform) -> grid units
// (÷ geometry.gridSize, rounded). A press that moves less than a few pixels stays a click.
// On release the station is pinned there: its `position` is written into the YAML.
import { useState } from 'react';
import type { PointerEvent, RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import type { Geometry } from '../../layout/geometry.ts';
import type { GridPoint } from '../../model/schema.ts';

const THRESHOLD_PX = 4;

export interface StationDrag {
  readonly stationId: string;
  /** Where the station would be pinned, in grid units; null until the pointer moves. */
  readonly target: GridPoint | null;
  /** Another station already stands on the target. */
  readonly occupied: boolean;
}

interface Press {
  readonly stationId: string;
  readonly pointerId: number;
  readonly x: number;
  readonly y: number;
}

export function toGrid(
  svg: SVGSVGElement,
  transform: ZoomTransform,
  gridSize: number,
  clientX: number,
  clientY: number,
): GridPoint | null {
  const matrix = svg.getScreenCTM();
  if (!matrix) return null;
  const user = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  const [x, y] = transform.invert([user.x, user.y]);
  return { x: Math.round(x / gridSize) || 0, y: Math.round(y / gridSize) || 0 };
}

export function useStationDrag(
  svgRef: RefObject<SVGSVGElement | null>,
  transform: ZoomTransform,
  geometry: Geometry,
  onDrop: (stationId: string, position: GridPoint) => void,
) {
  const [press, setPress] = useState<Press | null>(null);
  const [drag, setDrag] = useState<StationDrag | null>(null);
  const [justDragged, setJustDragged] = useState(false);
  const g = geometry.gridSize;
  const gridOf = (id: string) => {
    const s = geometry.stations.find((t) => t.id === id);
    return s ? { x: Math.round(s.x / g), y: Math.round(s.y / g) } : null;
  };

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || !e.isPrimary) return;
    const station = (e.target as Element).closest('[data-station-id]');
    const id = station?.getAttribute('data-station-id');
    if (!id) return;
    setPress({ stationId: id, pointerId: e.pointerId, x: e.clientX, y: e.clientY });
    setJustDragged(false);
  };

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!press || !svg || e.pointerId !== press.pointerId) return;
    if (!drag && Math.hypot(e.clientX - press.x, e.clientY - press.y) < THRESHOLD_PX) return;
    if (!drag) svg.setPointerCapture(e.pointerId);
    const target = toGrid(svg, transform, g, e.clientX, e.clientY);
    const occupied =
      target !== null &&
      geometry.stations.some(
        (s) =>
          s.id !== press.stationId &&
          Math.round(s.x / g) === target.x &&
          Math.round(s.y / g) === target.y,
      );
    setDrag({ stationId: press.stationId, target, occupied });
  };

  const end = (e: PointerEvent<SVGSVGElement>, cancelled: boolean) => {
    if (!press || e.pointerId !== press.pointerId) return;
    const svg = svgRef.current;
    if (svg?.hasPointerCapture(e.pointerId)) svg.releasePointerCapture(e.pointerId);
    if (drag) {
      setJustDragged(true);
      const from = gridOf(drag.stationId);
      const t = drag.target;
      const moved = t && (!from || from.x !== t.x || from.y !== t.y);
      if (!cancelled && t && moved && !drag.occupied) onDrop(drag.stationId, t);
    }
    setPress(null);
    setDrag(null);
  };

  return {
    drag,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (e: PointerEvent<SVGSVGElement>) => end(e, false),
      onPointerCancel: (e: PointerEvent<SVGSVGElement>) => end(e, true),
      /** The click that ends a drag is not a click on the station or the background. */
      onClickCapture: (e: { stopPropagation: () => void }) => {
        if (!justDragged) return;
        setJustDragged(false);
        e.stopPropagation();
      },
    },
  };
}
