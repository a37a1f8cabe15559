import { useMemo } from 'react';
import { smallestStack } from '../coverage/stack.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';

interface Props {
  readonly map: TransitMap;
  readonly solutions: readonly Solution[];
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The smallest set of solutions that covers the most stations, applied with one click. */
export function StackSuggestion({ map, solutions }: Props) {
  const setSelection = useAppStore((s) => s.setSelection);
  const stack = useMemo(() => smallestStack(map, solutions), [map, solutions]);
  if (stack.solutionIds.length === 0) return null;
  const name = (id: string) => solutions.find((s) => s.id === id)?.name ?? id;
  return (
    <div
      className="stack"
      data-testid="smallest-stack"
      data-solutions={stack.solutionIds.join(' ')}
    >
      <h3>Smallest covering stack</h3>
      <p>
        {stack.solutionIds.map(name).join(' + ')} — {stack.covered} full, {stack.partial} partial,{' '}
        {stack.uncovered} uncovered (score {fmt(stack.score)} of {fmt(stack.maxScore)}
        {stack.exact ? ', exact' : `, greedy; at least ${stack.bound?.minSolutions ?? '?'} needed`}
        ).
      </p>
      <button
        type="button"
        className="button small"
        data-testid="apply-stack"
        onClick={() => setSelection(stack.solutionIds)}
      >
        Apply this stack
      </button>
    </div>
  );
}
