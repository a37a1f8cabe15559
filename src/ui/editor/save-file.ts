// "Save" for a map: its current text as a .yaml download (nothing leaves the browser).
import type { MapEntry } from '../../store/types.ts';

export function fileNameFor(entry: Pick<MapEntry, 'name' | 'map'>): string {
  const last = entry.name.split(/[/\\]/).pop()?.split(/[?#]/)[0] ?? '';
  const base = /^[\w.-]+\.ya?ml$/i.test(last) ? last : `${entry.map.id}.yaml`;
  return base;
}

export function saveAsDownload(entry: Pick<MapEntry, 'name' | 'map' | 'source'>): void {
  const url = URL.createObjectURL(new Blob([entry.source], { type: 'application/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameFor(entry);
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
