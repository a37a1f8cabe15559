// The layout worker: lays maps out off the main thread, so the page never freezes on a large
// one, and parses opened files here too, so that reading a big YAML file does not block the
// page either. It keeps the routings of the last few map shapes: while a map is being edited,
// a version that changes only labels or colours skips the routing (layout/route/routing-memo.ts).
import { createRoutingMemo } from '../layout/route/routing-memo.ts';
import { answer } from './answer.ts';
import { actOutFault } from './test-faults.ts';

const memo = createRoutingMemo(4);

self.onmessage = (event: MessageEvent<unknown>) => {
  if (actOutFault(event.data)) return;
  self.postMessage(answer(event.data, memo, (progress) => self.postMessage(progress)));
};
