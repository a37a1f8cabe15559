import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TWO_STATION_MAP } from '../model/test-maps.ts';

// Each test starts from fresh modules: the model code has not been fetched yet, as on a page
// that has just drawn its first map.
beforeEach(() => {
  vi.resetModules();
});

const fresh = async () => {
  const store = await import('./store.ts');
  const code = await import('./model-code.ts');
  await store.initialiseStore();
  return { useAppStore: store.useAppStore, ...code };
};

describe('the model code, fetched on first use', () => {
  it('is not there at start-up: the bundled maps need no parsing', async () => {
    const { modelCodeNow, useAppStore } = await fresh();
    expect(modelCodeNow()).toBeNull();
    expect(useAppStore.getState().maps.length).toBeGreaterThan(0);
  });

  it('an edit made before it arrives keeps its text at once and updates the map when it does', async () => {
    const { loadModelCode, modelCodeNow, useAppStore } = await fresh();
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
    expect(modelCodeNow()).toBeNull();

    await loadModelCode();
    await vi.waitFor(() => expect(now()?.map.stations[0]?.label).toBe('Renamed first station'));
  });

  it('openText waits for it, then opens the text', async () => {
    const { useAppStore } = await fresh();
    const outcome = await useAppStore.getState().openText(TWO_STATION_MAP, 'small.yaml');
    expect(outcome).toEqual({ ok: true, maps: 1, solutions: 0 });
    expect(useAppStore.getState().currentMapId).toBe('small');
  });
});
