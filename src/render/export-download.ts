// File names for exports of a view.

/** "ml-system", "ml-system--kubeflow-mlflow": a file name for a view, without extension. */
export function viewFileName(mapId: string, solutionIds: readonly string[]): string {
  const base = solutionIds.length > 0 ? `${mapId}--${solutionIds.join('-')}` : mapId;
  return base.slice(0, 120);
}
