// Runs the layout off the main thread, so the page never freezes on a large map.
// The worker keeps the routings of the last few map shapes: while a map is being edited,
// a version that changes only labels or colours skips the routing (layout/routing-memo.ts).
import { layoutMapWith, STAGES } from '../layout/layout.ts';
import { createRoutingMemo } from '../layout/routing-memo.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

const memo = createRoutingMemo(4);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, map, options } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, geometry: layoutMapWith(map, options, STAGES, memo) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
