// Runs the layout off the main thread, so the page never freezes on a large map; and parses
// opened files here too, so that reading a big YAML file does not block the page either.
// The worker keeps the routings of the last few map shapes: while a map is being edited,
// a version that changes only labels or colours skips the routing (layout/routing-memo.ts).
// Each answer says how long the worker took (the client turns that into User Timing marks).
import { stringify } from 'yaml';
import { generateMetroMap } from '../layout/generate-map.ts';
import { layoutMapWith, STAGES } from '../layout/layout.ts';
import { createRoutingMemo } from '../layout/route/routing-memo.ts';
import { loadText } from '../model/load.ts';
import type { WorkerRequest, WorkerResponse, WorkerTiming } from './layout-protocol.ts';

const memo = createRoutingMemo(4);

/**
 * A warm-up piece: a map of a few stations, two of them pinned (as in a large map, where the
 * layout takes one rough layout and the local search rather than the small-map search),
 * through the same stages as an opened file. About 10 ms of CPU once compiled; the first,
 * which pays for compiling, is the smallest.
 */
function warmPiece(piece: number): void {
  const map = generateMetroMap({
    stations: piece === 0 ? 3 : 5 + (piece % 2),
    lines: 2,
    seed: piece + 1,
    branches: 1,
    loops: 1,
    pinned: 2,
    id: 'warm-up',
  });
  const loaded = loadText(stringify(map));
  const parsed = loaded.maps[0];
  if (parsed) layoutMapWith(parsed, {}, STAGES);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const { id } = request;
  const started = performance.now();
  const timing = (): WorkerTiming => ({
    startedAt: performance.timeOrigin + started,
    ms: performance.now() - started,
  });
  let response: WorkerResponse;
  try {
    if ('load' in request) {
      const result = loadText(request.load.text, { maps: request.load.maps });
      response = { id, result, timing: timing() };
    } else if ('warm' in request) {
      warmPiece(request.warm.piece);
      response = { id, warmed: timing() };
    } else {
      const geometry = layoutMapWith(request.map, request.options, STAGES, memo);
      response = { id, geometry, timing: timing() };
    }
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
