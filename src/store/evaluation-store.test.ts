// The store's side of an evaluation: requirement sets opened and made active per map, the
// selection held across maps, both autosaved and restored; a broken file changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { toSave } from './persist.ts';
import { readSave, restore } from './persist-read.ts';
import { initialiseStore, useAppStore } from './store.ts';
import { selectActiveRequirements } from './selectors.ts';
import type { AppState } from './types.ts';

let base: AppState;

beforeAll(async () => {
  await initialiseStore();
  base = useAppStore.getState();
});

const SET = `kind: requirements
id: mine
map: ml-system
title: Mine
needs:
  - { station: serving, priority: must }
`;

describe('requirement sets and the selection in the store', () => {
  it('opens a set as the active one of its map; a broken one changes nothing', async () => {
    useAppStore.setState(base, true);
    expect(base.requirements.map((r) => r.id)).toContain('acme-2027');
    const opened = await useAppStore.getState().openText(SET, 'mine.yaml');
    expect(opened.ok).toBe(true);
    const state = useAppStore.getState();
    expect(state.activeRequirements).toEqual({ 'ml-system': 'mine' });
    expect(selectActiveRequirements(state)?.title).toBe('Mine');

    const broken = SET.replace('id: mine', 'id: other').replace('serving', 'nowhere');
    expect((await useAppStore.getState().openText(broken, 'broken.yaml')).ok).toBe(false);
    const after = useAppStore.getState();
    expect(after.activeRequirements).toEqual({ 'ml-system': 'mine' });
    expect(after.requirements.map((r) => r.id)).not.toContain('other');
    expect(after.report?.problems[0]?.line).toBe(6);

    after.setActiveRequirements('ml-system', 'acme-2027');
    expect(selectActiveRequirements(useAppStore.getState())?.id).toBe('acme-2027');
    useAppStore.getState().setActiveRequirements('ml-system', 'unknown');
    expect(selectActiveRequirements(useAppStore.getState())?.id).toBe('acme-2027');
    useAppStore.getState().setActiveRequirements('ml-system', null);
    expect(useAppStore.getState().activeRequirements).toEqual({});
  });

  it('keeps the selection across maps: a tool is the same on every map', () => {
    useAppStore.setState(base, true);
    useAppStore.getState().setSelection(['kubeflow', 'mlflow', 'no-such-tool']);
    expect(useAppStore.getState().selectedSolutions).toEqual(['kubeflow', 'mlflow']);
    useAppStore.getState().selectMap('ml-organization');
    expect(useAppStore.getState().selectedSolutions).toEqual(['kubeflow', 'mlflow']);
    const onOrganisation = useAppStore
      .getState()
      .solutions.filter((s) => s.map === 'ml-organization' && s.id === 'kubeflow');
    expect(onOrganisation).toHaveLength(1);
  });

  it('autosaves the opened sets and the active one of each map, and restores them', async () => {
    useAppStore.setState(base, true);
    await useAppStore.getState().openText(SET, 'mine.yaml');
    useAppStore.getState().setSelection(['kubeflow']);
    useAppStore.getState().selectMap('ml-workflow');
    const bundledSolutions = new Set(base.solutions.map((s) => `${s.map}/${s.id}`));
    const bundledSets = new Set(base.requirements.map((r) => `${r.map}/${r.id}`));
    const save = toSave(useAppStore.getState(), bundledSolutions, bundledSets);
    expect(save.requirements?.map((r) => (r as { id: string }).id)).toEqual(['mine']);
    const read = readSave(JSON.stringify(save));
    if (!('save' in read)) throw new Error(read.error);
    const { state, notice } = restore(base, read.save);
    expect(notice).toBeNull();
    expect(state.activeRequirements).toEqual({ 'ml-system': 'mine' });
    expect(state.requirements?.map((r) => r.id)).toContain('mine');
    expect(state.currentMapId).toBe('ml-workflow');
    expect(state.selectedSolutions).toEqual(['kubeflow']);
  });
});
