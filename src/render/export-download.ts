// Saves a Blob under a file name through a temporary link (never attached to React's tree).

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "ml-system", "ml-system--kubeflow-mlflow": a file name for a view, without extension. */
export function viewFileName(mapId: string, solutionIds: readonly string[]): string {
  const base = solutionIds.length > 0 ? `${mapId}--${solutionIds.join('-')}` : mapId;
  return base.slice(0, 120);
}
