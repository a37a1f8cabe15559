import { describe, expect, it } from 'vitest';
import { declaredStationIds, priorityContext, stationIdContext } from './station-context.ts';

const at = (text: string) => {
  const pos = text.indexOf('|');
  return stationIdContext(text.replace('|', ''), pos);
};
/** Where the id being typed before `|` starts. */
const start = (text: string) => ({
  from: text.indexOf('|') - (/[a-z0-9-]*$/.exec(text.slice(0, text.indexOf('|')))?.[0].length ?? 0),
});
const found = (text: string) => expect(at(text)).toEqual(start(text));

describe('stationIdContext', () => {
  it('finds ids inside a flow list of stops or covers', () => {
    found('lines:\n  - id: l\n    stops: [a, bc|');
    found('covers: [a, |');
    found('    stops: [[a, b], [c, d|');
    expect(at('    stops: [a, b]|')).toBeNull();
  });

  it('finds ids in block lists under stops and covers, and after station:', () => {
    found('covers:\n  - pipelines\n  - tr|');
    found('    stops:\n      - [sources, in|');
    found('covers:\n  - station: se|');
  });

  it("finds ids in a requirement set's needs, block or flow", () => {
    found('needs:\n  - station: se|');
    found('needs:\n  - { station: se|');
    found('needs:\n  - { priority: must, station: |');
    found('needs: [se|');
  });

  it('stays quiet elsewhere', () => {
    expect(at('stations:\n  - id: a|')).toBeNull();
    expect(at('zones:\n  - |')).toBeNull();
    expect(at('title: sto|')).toBeNull();
  });
});

describe('priorityContext', () => {
  const where = (text: string) => priorityContext(text.replace('|', ''), text.indexOf('|'));
  it('finds the value of priority and default', () => {
    expect(where('needs:\n  - { station: a, priority: mu|')).toEqual({ from: 35 });
    expect(where('default: |')).toEqual({ from: 9 });
    expect(where('    priority: |')).toEqual({ from: 14 });
    expect(where('title: mu|')).toBeNull();
  });
});

describe('declaredStationIds', () => {
  it('reads ids from the stations section only', () => {
    const text =
      'lines:\n  - id: l\n    stops: [a]\nstations:\n  - id: a\n    label: A\n  - {id: b-2, label: B}\nzones:\n  - id: z\n';
    expect(declaredStationIds(text)).toEqual(['a', 'b-2']);
  });
});
