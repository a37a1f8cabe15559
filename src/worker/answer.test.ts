// The worker's answers, run in Node: every request kind gets its reply, and anything else
// (an unknown type, a malformed request, not a request at all) an error — never silence.
import { describe, expect, it } from 'vitest';
import { createRoutingMemo } from '../layout/route/routing-memo.ts';
import { answer } from './answer.ts';
import { mapOf } from './fake-worker.ts';

const memo = createRoutingMemo(1);
const map = {
  ...mapOf('tiny', 3),
  lines: [{ id: 'a', label: 'A', color: '#0098d4', stops: ['s0', 's1', 's2'] }],
};

describe('the layout worker answers', () => {
  it('a layout with its geometry', () => {
    const reply = answer({ type: 'layout', id: 1, map, options: {} }, memo);
    expect(reply).toMatchObject({ type: 'laid-out', id: 1 });
    expect(reply.type === 'laid-out' && reply.geometry.stations).toHaveLength(3);
  });

  it('a parse with its result', () => {
    const text = [
      'kind: map',
      'id: m',
      'title: M',
      'stations: [{ id: a, label: A }, { id: b, label: B }]',
      'lines: [{ id: l, label: L, color: "#000", stops: [a, b] }]',
    ].join('\n');
    const reply = answer({ type: 'load', id: 2, text, maps: [] }, memo);
    expect(reply).toMatchObject({ type: 'loaded', id: 2, result: { ok: true } });
  });

  it('a warm-up piece', () => {
    expect(answer({ type: 'warm', id: 3, piece: 0 }, memo)).toMatchObject({
      type: 'warmed',
      id: 3,
    });
  });

  it('a request that throws with an error carrying its id', () => {
    const reply = answer({ type: 'layout', id: 4, map: { id: 'broken' }, options: {} }, memo);
    expect(reply).toMatchObject({ type: 'failed', id: 4 });
  });

  it.each([
    ['an unknown type', { type: 'explode', id: 5 }, 5, /unknown request type: "explode"/],
    ['no type', { id: 6 }, 6, /unknown request type/],
    ['a request without its fields', { type: 'load', id: 7 }, 7, /load: needs text and maps/],
    ['no id', { type: 'warm', piece: 1 }, null, /numeric id/],
    ['a number', 42, null, /not a request: number/],
    ['null', null, null, /not a request: null/],
    ['an array', [1, 2], null, /not a request/],
  ])('%s with an error', (_what, message, id, error) => {
    const reply = answer(message, memo);
    expect(reply).toMatchObject({ type: 'failed', id });
    expect(reply.type === 'failed' && reply.error).toMatch(error);
  });
});
