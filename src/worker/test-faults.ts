// Faults on demand, for the end-to-end tests of a crashed or hung worker, in test builds only.
//
// A build made with VITE_WORKER_FAULTS=on (the Playwright build) honours two map ids: the
// layout of a map with id `worker-fault-throw` throws out of the worker's message handler (an
// uncaught exception: the page sees the worker's `error` event, as when it dies), and one with
// id `worker-fault-hang` is never answered (as a worker stuck in a loop or out of memory).
// Every other build compiles this to nothing: the flag is replaced at build time, the branch
// is dropped with it, and the ids are ordinary map ids.
//
// Why map content and not a query flag: the fault follows the job, not the page, so one page
// can show a map, fail on another, and then open a third in the restarted worker — the
// path a user takes — and the retry meets the same fault, as a real deterministic crash would.
import { FAULT_MAP_IDS } from './fault-ids.ts';

const enabled = import.meta.env.VITE_WORKER_FAULTS === 'on';

/**
 * Acts out the fault `data` asks for, in a test build: throws for the throwing map, and says
 * "do not answer" (true) for the hanging one. False otherwise: answer as usual.
 */
export function actOutFault(data: unknown): boolean {
  if (!enabled) return false;
  const request = data as { type?: unknown; map?: { id?: unknown } } | null;
  if (request?.type !== 'layout') return false;
  if (request.map?.id === FAULT_MAP_IDS.throw) throw new Error('test fault: the worker threw');
  return request.map?.id === FAULT_MAP_IDS.hang;
}
