// Saves text as a file through a temporary object URL (no network, no data: URL).
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // Give the browser time to start a large download (a 4× PNG) before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
