// What an embed shows, from its address (`embed.html#map=ID&solutions=a,b`), and the iframe
// snippet that shows it.
import { parseHash } from './url-hash.ts';

export interface EmbedView {
  readonly map?: string;
  readonly solutions: readonly string[];
}

export const readEmbedView = (hash: string): EmbedView => {
  const { map, solutions } = parseHash(hash);
  return { ...(map ? { map } : {}), solutions };
};

/** The embed's address for a view, beside the app's own page (works from any sub-path). */
export function embedUrl(appUrl: string, view: EmbedView): string {
  const url = new URL('embed.html', appUrl);
  const params = new URLSearchParams();
  if (view.map) params.set('map', view.map);
  if (view.solutions.length > 0) params.set('solutions', view.solutions.join(','));
  url.hash = params.toString().replaceAll('%2C', ',');
  return url.toString();
}

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML to paste into a wiki or docs page. */
export function iframeSnippet(src: string, width: number, height: number, title: string): string {
  return `<iframe src="${attr(src)}" width="${width}" height="${height}" title="${attr(title)}" style="border:0" loading="lazy"></iframe>`;
}
