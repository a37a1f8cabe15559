// A stand-in for the layout worker in unit tests: it records what it is sent and answers,
// fails or crashes when the test says so.
import type { Geometry } from '../layout/geometry.ts';
import type { TransitMap } from '../model/schema.ts';
import { LayoutClient } from './layout-client.ts';
import type { LayoutClientOptions } from './layout-client.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

export class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: WorkerRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest request not answered yet, as the real worker would. */
  answer(maps: TransitMap[] = []): WorkerRequest {
    const request = this.next();
    const timing = { startedAt: performance.timeOrigin + performance.now(), ms: 1 };
    const { id } = request;
    const result = { ok: true, maps, solutions: [], requirements: [], problems: [] } as const;
    const data: WorkerReply =
      request.type === 'load'
        ? { type: 'loaded', id, result, timing }
        : request.type === 'warm'
          ? { type: 'warmed', id, timing }
          : { type: 'laid-out', id, geometry: geometryStub, timing };
    this.onmessage?.({ data });
    return request;
  }
  /** Reports progress on the oldest request not answered yet (it stays unanswered). */
  report(share: number): void {
    const request = this.posted[this.answered];
    if (!request) throw new Error('nothing running');
    this.onmessage?.({ data: { type: 'progress', id: request.id, share } });
  }
  /** Answers the oldest request not answered yet with a failure. */
  fail(error = 'a stage threw'): WorkerRequest {
    const request = this.next();
    this.onmessage?.({ data: { type: 'failed', id: request.id, error } });
    return request;
  }
  /** Dies as a worker does on an uncaught exception: the page hears an `error` event. */
  crash(message = 'Uncaught Error: boom'): void {
    this.onerror?.({ message });
  }
  private next(): WorkerRequest {
    const request = this.posted[this.answered++];
    if (!request) throw new Error('nothing to answer');
    return request;
  }
  answered = 0;
}

export const geometryStub = {
  stations: [],
  lines: [],
  labels: [],
  zones: [],
  bounds: { x: 0, y: 0, width: 1, height: 1 },
  gridSize: 1,
  lineSpacing: 1,
  lineWidth: 1,
} as unknown as Geometry;

export const mapOf = (id: string, stations = 2): TransitMap => ({
  kind: 'map',
  id,
  title: id,
  zones: [],
  lines: [],
  stations: Array.from({ length: stations }, (_, i) => ({ id: `s${i}`, label: `S${i}` })),
});

/** A client whose workers are fakes (FakeWorker.all, oldest first). */
export function freshClient(
  input?: EventTarget,
  options: Partial<LayoutClientOptions> = {},
): LayoutClient {
  FakeWorker.all = [];
  return new LayoutClient({
    createWorker: () => new FakeWorker() as unknown as Worker,
    ...(input ? { input } : {}),
    ...options,
  });
}

/** The client's first worker. */
export function firstWorker(): FakeWorker {
  const worker = FakeWorker.all[0];
  if (!worker) throw new Error('no worker');
  return worker;
}
