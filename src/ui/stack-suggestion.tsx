import { useMemo } from 'react';
import type { StationPriorities } from '../coverage/priorities.ts';
import { smallestStack } from '../coverage/stack.ts';
import type { Solution, TransitMap } from '../model/schema.ts';
import { useAppStore } from '../store/store.ts';
import { selectOverlayActions } from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

interface Props {
  readonly map: TransitMap;
  readonly solutions: readonly Solution[];
  /** With a requirement set active: wont stations left out, musts covered first. */
  readonly priorities?: StationPriorities | undefined;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The smallest set of solutions that covers the most stations, applied with one click. */
export function StackSuggestion({ map, solutions, priorities }: Props) {
  const { setSelection } = useAppStore(useShallow(selectOverlayActions));
  const stack = useMemo(() => {
    if (!priorities) return smallestStack(map, solutions);
    const musts = [...priorities.byStation].filter(([, p]) => p === 'must').map(([id]) => id);
    return smallestStack(map, solutions, { exclude: priorities.excluded, musts: new Set(musts) });
  }, [map, solutions, priorities]);
  const label = (id: string) => map.stations.find((s) => s.id === id)?.label ?? id;
  if (stack.solutionIds.length === 0) return null;
  const name = (id: string) => solutions.find((s) => s.id === id)?.name ?? id;
  return (
    <div
      className="stack"
      data-testid="smallest-stack"
      data-solutions={stack.solutionIds.join(' ')}
      data-open-seams={stack.openSeams}
    >
      <h3>Smallest covering stack</h3>
      <p>
        {stack.solutionIds.map(name).join(' + ')} — {stack.covered} full, {stack.partial} partial,{' '}
        {stack.uncovered} uncovered (score {fmt(stack.score)} of {fmt(stack.maxScore)}
        {stack.exact ? ', exact' : `, greedy; at least ${stack.bound?.minSolutions ?? '?'} needed`}
        ).{' '}
        {stack.openSeams + stack.bridgedSeams > 0
          ? `${stack.openSeams} open ${stack.openSeams === 1 ? 'seam' : 'seams'}${stack.bridgedSeams > 0 ? `, ${stack.bridgedSeams} bridged` : ''} (the fewest among stacks this small).`
          : 'No seams.'}
      </p>
      {priorities && (
        <p data-testid="uncoverable-musts">
          {stack.uncoverableMusts.length === 0
            ? 'Every must-have is covered fully.'
            : `No tool here covers fully: ${stack.uncoverableMusts.map(label).join(', ')}.`}
        </p>
      )}
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
