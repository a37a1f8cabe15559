// Runs the layout off the main thread, so the page never freezes on a large map; and parses
// opened files here too, so that reading a big YAML file does not block the page either.
// The worker keeps the routings of the last few map shapes: while a map is being edited,
// a version that changes only labels or colours skips the routing (layout/routing-memo.ts).
import { layoutMapWith, STAGES } from '../layout/layout.ts';
import { createRoutingMemo } from '../layout/routing-memo.ts';
import { loadText } from '../model/load.ts';
import type { WorkerRequest, WorkerResponse } from './layout-protocol.ts';

const memo = createRoutingMemo(4);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  let response: WorkerResponse;
  try {
    response =
      'load' in request
        ? { id, result: loadText(request.load.text, { maps: request.load.maps }) }
        : { id, geometry: layoutMapWith(request.map, request.options, STAGES, memo) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
