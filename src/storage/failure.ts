// What kind of failure a storage error is (from what IndexedDB or localStorage threw), for
// the app to say it plainly.
export type StorageFailure = 'full' | 'blocked' | 'refused';

export function storageFailure(error: unknown): StorageFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (/quota/i.test(name)) return 'full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'blocked';
  return 'refused';
}
