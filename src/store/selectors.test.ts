import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/shallow';
import { problem } from '../model/problem.ts';
import type { Requirements, Solution, TransitMap } from '../model/schema.ts';
import { solutionKey } from './keys.ts';
import {
  entryById,
  isDirty,
  selectActiveRequirements,
  selectCanRedo,
  selectCanUndo,
  selectCrossMapInputs,
  selectCurrentCheck,
  selectCurrentDirty,
  selectCurrentEntry,
  selectCurrentMap,
  selectEditorStatus,
  selectEditorWidth,
  selectMapRequirements,
  selectMapSolutions,
  selectMapStatus,
  selectPresentationActions,
  selectPresentationStep,
  selectPresenting,
} from './selectors.ts';
import type { AppState, MapEntry } from './types.ts';

const map = (id: string): TransitMap => ({
  kind: 'map',
  id,
  title: id.toUpperCase(),
  zones: [],
  lines: [{ id: 'l', label: 'L', color: '#000', stops: ['x', 'y'] }],
  stations: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y' },
  ],
});
const entry = (id: string, extra: Partial<MapEntry> = {}): MapEntry => ({
  map: map(id),
  source: `id: ${id}`,
  origin: 'bundled',
  name: `${id}.yaml`,
  ...extra,
});
const solution = (id: string, on: string): Solution => ({
  kind: 'solution',
  id,
  name: id,
  map: on,
  covers: [],
});
const needs = (id: string, on: string): Requirements => ({
  kind: 'requirements',
  id,
  map: on,
  title: id,
  default: 'should',
  needs: [],
});

/** A small state: two maps, b edited and on screen, tools and requirement sets on both. */
const state = (patch: Partial<AppState> = {}): AppState =>
  ({
    maps: [entry('a'), entry('b', { source: 'id: b # edited', savedSource: 'id: b' })],
    currentMapId: 'b',
    solutions: [solution('t1', 'a'), solution('t1', 'b'), solution('t2', 'b')],
    requirements: [needs('r1', 'a'), needs('r2', 'b'), needs('r3', 'b')],
    activeRequirements: { b: 'r3' },
    selectedSolutions: ['t1'],
    checks: {},
    histories: {},
    ...patch,
  }) as AppState;

describe('store selectors', () => {
  it('find the current entry, its map, and an entry by id', () => {
    const s = state();
    expect(selectCurrentEntry(s)?.map.id).toBe('b');
    expect(selectCurrentMap(s)).toBe(s.maps[1]?.map);
    expect(entryById(s, 'a')).toBe(s.maps[0]);
    expect(entryById(s, 'nope')).toBeUndefined();
    expect(selectCurrentEntry(state({ currentMapId: 'gone' }))).toBeUndefined();
  });

  it('tell an edited map from a saved one', () => {
    const s = state();
    expect(isDirty(s.maps[0] as MapEntry)).toBe(false);
    expect(isDirty(s.maps[1] as MapEntry)).toBe(true);
    expect(selectCurrentDirty(s)).toBe(true);
    expect(selectCurrentDirty(state({ currentMapId: 'a' }))).toBe(false);
  });

  it("keep the current map's solutions and requirement sets, and the active set", () => {
    const s = state();
    expect(selectMapSolutions(s).map(solutionKey)).toEqual(['b/t1', 'b/t2']);
    expect(selectMapRequirements(s).map((r) => r.id)).toEqual(['r2', 'r3']);
    expect(selectActiveRequirements(s)?.id).toBe('r3');
    expect(selectActiveRequirements(state({ currentMapId: 'a' }))).toBeUndefined();
    // An active id that names no loaded set selects nothing.
    expect(selectActiveRequirements(state({ activeRequirements: { b: 'r1' } }))).toBeUndefined();
  });

  it('build lists and objects that useShallow can keep while nothing changed', () => {
    const s = state();
    expect(selectMapSolutions(s)).not.toBe(selectMapSolutions(s));
    expect(shallow(selectMapSolutions(s), selectMapSolutions(s))).toBe(true);
    expect(shallow(selectCrossMapInputs(s), selectCrossMapInputs(s))).toBe(true);
    const other = { ...s, selectedSolutions: ['t2'] };
    expect(shallow(selectCrossMapInputs(s), selectCrossMapInputs(other))).toBe(false);
  });

  it("say how the current map's text stands, and whether it can be undone", () => {
    const error = problem('broken');
    const warning = problem('odd', {}, 'warning');
    const checked = (problems: AppState['checks'][string]['problems']) =>
      state({ checks: { b: { text: '', problems, ok: problems.length === 0 } } });
    expect(selectEditorStatus(state())).toBe('ok');
    expect(selectCurrentCheck(checked([error]))?.ok).toBe(false);
    expect(selectEditorStatus(checked([error, warning]))).toBe(
      '1 error: the map shows the last good version',
    );
    expect(selectEditorStatus(checked([warning, warning]))).toBe('2 warnings');
    expect(selectCanUndo(state())).toBe(false);
    const histories = { b: { past: ['x'], future: [], last: null } };
    expect(selectCanUndo(state({ histories }))).toBe(true);
    expect(selectCanRedo(state({ histories }))).toBe(false);
  });

  it('read the editor width, the map status and the presentation from the one store', () => {
    const said = { text: 'No station to the north of X', count: 3 };
    const s = state({ editorWidth: 520, mapStatus: said, presenting: true, presentationStep: 2 });
    expect(selectEditorWidth(s)).toBe(520);
    expect(selectMapStatus(s)).toBe(said);
    expect(selectPresenting(s)).toBe(true);
    expect(selectPresentationStep(s)).toBe(2);
    expect(selectPresenting(state({ presenting: false }))).toBe(false);
    // The actions never change: the group is the same to useShallow on every call.
    const actions = {
      enterPresentation: () => undefined,
      leavePresentation: () => undefined,
      stepPresentation: () => undefined,
    };
    const a = state(actions);
    expect(selectPresentationActions(a)).toEqual(actions);
    expect(
      shallow(
        selectPresentationActions(a),
        selectPresentationActions({ ...a, presentationStep: 1 }),
      ),
    ).toBe(true);
  });
});
