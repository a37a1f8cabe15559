import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './url-hash.ts';

describe('the view in the URL hash', () => {
  it('parses and formats a map and its solutions', () => {
    const view = parseHash('#map=ml-system&solutions=kubeflow,mlflow');
    expect(view).toEqual({ map: 'ml-system', solutions: ['kubeflow', 'mlflow'], rest: [] });
    expect(formatHash(view)).toBe('#map=ml-system&solutions=kubeflow,mlflow');
  });
  it('keeps other keys and tolerates an empty hash', () => {
    expect(parseHash('')).toEqual({ solutions: [], rest: [] });
    const view = parseHash('#src=maps%2Fx.yaml&map=m');
    expect(view.rest).toEqual([['src', 'maps/x.yaml']]);
    expect(formatHash({ ...view, solutions: [] })).toBe('#src=maps%2Fx.yaml&map=m');
  });
  it('carries the active requirement set as req', () => {
    const view = parseHash('#map=ml-system&solutions=kubeflow&req=acme-2027');
    expect(view).toEqual({
      map: 'ml-system',
      solutions: ['kubeflow'],
      req: 'acme-2027',
      rest: [],
    });
    expect(formatHash(view)).toBe('#map=ml-system&solutions=kubeflow&req=acme-2027');
  });
});
