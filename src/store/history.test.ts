import { describe, expect, it } from 'vitest';
import { GROUP_MS, emptyHistory, record, redo, undo } from './history.ts';

describe('history', () => {
  it('groups a burst of typing into one step, and a drag is always its own step', () => {
    let h = record(emptyHistory, 'a', 'typing', 0);
    h = record(h, 'ab', 'typing', 100);
    h = record(h, 'abc', 'typing', 200);
    expect(h.past).toEqual(['a']);
    h = record(h, 'abcd', 'typing', 200 + GROUP_MS);
    expect(h.past).toEqual(['a', 'abcd']);
    h = record(h, 'abcde', 'drag', 1200);
    h = record(h, 'moved', 'drag', 1210);
    expect(h.past).toEqual(['a', 'abcd', 'abcde', 'moved']);
  });

  it('undoes and redoes, and a new change clears the redo steps', () => {
    let h = record(emptyHistory, 'one', 'edit', 0);
    h = record(h, 'two', 'drag', 1);
    const u = undo(h, 'three');
    expect(u?.text).toBe('two');
    const r = redo(u?.history ?? h, 'two');
    expect(r?.text).toBe('three');
    const u2 = undo(u?.history ?? h, 'two');
    expect(u2?.text).toBe('one');
    expect(undo(u2?.history ?? h, 'one')).toBeNull();
    expect(record(u2?.history ?? h, 'one', 'edit', 5).future).toEqual([]);
  });
});
