// What the shell keeps in the one store besides the documents: the editor's width (remembered
// under its own key), the map's live status and presentation mode. Each test makes a fresh
// store, as a fresh page does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from '../storage/memory-storage.ts';
import { onlyUnsavedChanged } from './autosave.ts';
import { DEFAULT_EDITOR_WIDTH, EDITOR_WIDTH_KEY, parseEditorWidth } from './display-slice.ts';
import {
  selectEditorWidth,
  selectMapStatus,
  selectPresentationStep,
  selectPresenting,
} from './selectors.ts';
import { createAppStore } from './store.ts';

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
});
afterEach(() => {
  // @ts-expect-error -- Node has no localStorage of its own; the test's goes again.
  delete globalThis.localStorage;
});

describe('the editor width', () => {
  it('starts at the default, is remembered when set, and read back by the next store', () => {
    const first = createAppStore();
    expect(selectEditorWidth(first.getState())).toBe(DEFAULT_EDITOR_WIDTH);
    first.getState().setEditorWidth(517.6);
    expect(selectEditorWidth(first.getState())).toBe(517.6);
    expect(localStorage.getItem(EDITOR_WIDTH_KEY)).toBe('518');
    expect(selectEditorWidth(createAppStore().getState())).toBe(518);
  });

  it('reads a missing or damaged value as the default', () => {
    expect(parseEditorWidth(null)).toBe(DEFAULT_EDITOR_WIDTH);
    expect(parseEditorWidth('wide')).toBe(DEFAULT_EDITOR_WIDTH);
    expect(parseEditorWidth('-40')).toBe(DEFAULT_EDITOR_WIDTH);
    expect(parseEditorWidth('300')).toBe(300);
    localStorage.setItem(EDITOR_WIDTH_KEY, 'Infinity');
    expect(selectEditorWidth(createAppStore().getState())).toBe(DEFAULT_EDITOR_WIDTH);
  });

  it('is applied even when storage refuses it', () => {
    localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createAppStore();
    store.getState().setEditorWidth(600);
    expect(selectEditorWidth(store.getState())).toBe(600);
  });
});

describe('the map status', () => {
  it('holds the last words said, counting them so that a repeat is a new message', () => {
    const store = createAppStore();
    expect(selectMapStatus(store.getState())).toEqual({ text: '', count: 0 });
    store.getState().sayMapStatus('No station to the north of X');
    const once = selectMapStatus(store.getState());
    store.getState().sayMapStatus('No station to the north of X');
    const twice = selectMapStatus(store.getState());
    expect(once).toEqual({ text: 'No station to the north of X', count: 1 });
    expect(twice).toEqual({ text: 'No station to the north of X', count: 2 });
    expect(twice).not.toBe(once);
  });
});

describe('presentation mode', () => {
  it('enters at the first step, steps within the steps there are, and leaves', () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(selectPresenting(s())).toBe(false);
    s().enterPresentation();
    expect([selectPresenting(s()), selectPresentationStep(s())]).toEqual([true, 0]);
    s().stepPresentation(-1, 3);
    expect(selectPresentationStep(s())).toBe(0);
    s().stepPresentation(1, 3);
    s().stepPresentation(5, 3);
    expect(selectPresentationStep(s())).toBe(2);
    s().leavePresentation();
    expect(selectPresenting(s())).toBe(false);
    // Entering again starts from the first step.
    s().enterPresentation();
    expect(selectPresentationStep(s())).toBe(0);
  });

  it('is kept per store: a fresh store is not presenting', () => {
    const one = createAppStore();
    one.getState().enterPresentation();
    expect(selectPresenting(createAppStore().getState())).toBe(false);
  });
});

describe('the autosave and the shell state', () => {
  it('looks for nothing to save when only the width, status or presentation changed', () => {
    const store = createAppStore();
    const before = store.getState();
    store.getState().setEditorWidth(500);
    store.getState().sayMapStatus('No station to the east of X');
    store.getState().enterPresentation();
    store.getState().stepPresentation(1, 2);
    expect(onlyUnsavedChanged(store.getState(), before)).toBe(true);
    store.getState().selectStation('x');
    expect(onlyUnsavedChanged(store.getState(), before)).toBe(false);
  });
});
