// Runs the layout off the main thread, so the page never freezes on a large map.
import { layoutMap } from '../layout/layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, map, options } = event.data;
  let response: LayoutResponse;
  try {
    response = { id, geometry: layoutMap(map, options) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
