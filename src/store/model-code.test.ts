import { describe, expect, it, vi } from 'vitest';
import { TWO_STATION_MAP } from '../model/test-maps.ts';
import { createModelCodeLoader, fetchModelCode } from './model-code.ts';
import { createAppStore, initialiseStore } from './store.ts';

// Each test makes a fresh store with a loader of its own: the model code has not been fetched
// yet, as on a page that has just drawn its first map.
const fresh = async () => {
  const code = createModelCodeLoader();
  const useAppStore = createAppStore(code);
  await initialiseStore(useAppStore);
  return { useAppStore, code };
};

describe('the model code, fetched on first use', () => {
  it('is not there at start-up: the bundled maps need no parsing', async () => {
    const { code, useAppStore } = await fresh();
    expect(code.now()).toBeNull();
    expect(useAppStore.getState().maps.length).toBeGreaterThan(0);
  });

  it('an edit made before it arrives keeps its text at once and updates the map when it does', async () => {
    const { code, useAppStore } = await fresh();
    const entry = useAppStore.getState().maps[0];
    if (!entry) throw new Error('no bundled map');
    const id = entry.map.id;
    const label = entry.map.stations[0]?.label ?? '';
    const text = entry.source.replace(`label: ${label}`, 'label: Renamed first station');
    expect(text).not.toBe(entry.source);

    useAppStore.getState().editSource(text, 'edit');
    const now = () => useAppStore.getState().maps.find((m) => m.map.id === id);
    expect(now()?.source).toBe(text);
    expect(now()?.map.stations[0]?.label).toBe(label);
    expect(code.now()).toBeNull();

    await useAppStore.getState().loadModelCode();
    expect(code.now()).not.toBeNull();
    await vi.waitFor(() => expect(now()?.map.stations[0]?.label).toBe('Renamed first station'));
  });

  it('openText waits for it, then opens the text', async () => {
    const { useAppStore } = await fresh();
    const outcome = await useAppStore.getState().openText(TWO_STATION_MAP, 'small.yaml');
    expect(outcome).toEqual({ ok: true, maps: 1, solutions: 0 });
    expect(useAppStore.getState().currentMapId).toBe('small');
  });

  it('is fetched once however often it is asked for, and again after a failed fetch', async () => {
    const fetch = vi.fn(fetchModelCode);
    fetch.mockRejectedValueOnce(new Error('offline'));
    const code = createModelCodeLoader(fetch);
    await expect(code.load()).rejects.toThrow('offline');
    expect(code.now()).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(b);
    expect(code.now()).toBe(a);
    await code.load();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('belongs to its store: another store has not fetched it', async () => {
    const first = await fresh();
    await first.useAppStore.getState().loadModelCode();
    const second = await fresh();
    expect(first.code.now()).not.toBeNull();
    expect(second.code.now()).toBeNull();
  });
});
