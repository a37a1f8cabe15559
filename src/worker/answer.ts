// What the layout worker answers to a message, apart from the thread it runs in (so that it
// runs in Node's tests too). Each answer says how long the worker took (the page turns that
// into User Timing measures).
import { stringify } from 'yaml';
import { generateMetroMap } from '../layout/generate-map.ts';
import { layoutMapWith, STAGES } from '../layout/layout.ts';
import type { RoutingMemo } from '../layout/route/routing-memo.ts';
import { loadText } from '../model/load.ts';
import { requestProblem } from './protocol.ts';
import type { ProgressReply, WorkerReply, WorkerRequest, WorkerTiming } from './protocol.ts';

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
  const parsed = loadText(stringify(map)).maps[0];
  if (parsed) layoutMapWith(parsed, {}, STAGES);
}

/**
 * How long a layout may take before it settles for a plainer drawing (its optional stages
 * skipped, the rest drawn plainly, a note saying so), unless the request says otherwise: a
 * dense map of 400 stations and 150 lines then shows in about 9 s on two cores instead of 45.
 * Small maps finish far inside it, on a loaded machine too.
 */
export const LAYOUT_TIME_LIMIT_MS = 6000;

function run(
  request: WorkerRequest,
  memo: RoutingMemo,
  timing: () => WorkerTiming,
  report: (reply: ProgressReply) => void,
): WorkerReply {
  const { id } = request;
  switch (request.type) {
    case 'layout': {
      const options = { timeLimit: LAYOUT_TIME_LIMIT_MS, ...request.options };
      const progress = (share: number) => report({ type: 'progress', id, share });
      const geometry = layoutMapWith(request.map, options, STAGES, memo, progress);
      return { type: 'laid-out', id, geometry, timing: timing() };
    }
    case 'load': {
      const result = loadText(request.text, { maps: request.maps });
      return { type: 'loaded', id, result, timing: timing() };
    }
    case 'warm':
      warmPiece(request.piece);
      return { type: 'warmed', id, timing: timing() };
  }
}

/**
 * The reply to `data`; never throws (a failed request, or no request at all, is a reply too).
 * A layout's progress goes to `report` on the way, before the reply.
 */
export function answer(
  data: unknown,
  memo: RoutingMemo,
  report: (reply: ProgressReply) => void = () => undefined,
): WorkerReply {
  const problem = requestProblem(data);
  if (problem !== null) {
    const id = (data as { id?: unknown } | null)?.id;
    return { type: 'failed', id: typeof id === 'number' ? id : null, error: problem };
  }
  const request = data as WorkerRequest;
  const started = performance.now();
  const timing = (): WorkerTiming => ({
    startedAt: performance.timeOrigin + started,
    ms: performance.now() - started,
  });
  try {
    return run(request, memo, timing, report);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { type: 'failed', id: request.id, error: message };
  }
}
