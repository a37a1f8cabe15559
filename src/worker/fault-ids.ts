// The map ids whose layout fails in a test build (test-faults.ts); the bundle check makes sure
// that no production build carries them.
export const FAULT_MAP_IDS = { throw: 'worker-fault-throw', hang: 'worker-fault-hang' } as const;
