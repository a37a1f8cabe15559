// The toolbar's Embed item: the iframe snippet of the current view, its size, a copy button.
import { useState } from 'react';
import { useAppStore } from '../store/store.ts';
import { selectCurrentEntry, selectSelectedSolutions } from '../store/selectors.ts';
import { embedUrl, iframeSnippet } from './embed-view.ts';

const clampSize = (n: number) =>
  Number.isFinite(n) ? Math.min(4000, Math.max(160, Math.round(n))) : 600;

export function EmbedSnippet() {
  const entry = useAppStore(selectCurrentEntry);
  const solutions = useAppStore(selectSelectedSolutions);
  const [open, setOpen] = useState(false);
  const [width, setWidth] = useState(800);
  const [height, setHeight] = useState(500);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  if (!entry) return null;
  const src = embedUrl(location.href.replace(/#.*$/, ''), { map: entry.map.id, solutions });
  const snippet = iframeSnippet(src, width, height, entry.map.title);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="embed-snippet">
      <button
        type="button"
        className="button"
        data-testid="embed-open"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        Embed
      </button>
      {open && (
        <div className="panel embed-snippet-panel" role="dialog" aria-label="Embed this view">
          <p className="hint">
            Paste this into a wiki or docs page: the map, its key and this overlay, read-only.
          </p>
          {entry.origin !== 'bundled' && (
            <p className="hint" data-testid="embed-not-bundled">
              Only the bundled maps can be embedded: a map you opened lives in this browser only.
            </p>
          )}
          <label>
            Width{' '}
            <input
              type="number"
              min={160}
              max={4000}
              value={width}
              data-testid="embed-width"
              onChange={(e) => setWidth(clampSize(Number(e.target.value)))}
            />
          </label>{' '}
          <label>
            Height{' '}
            <input
              type="number"
              min={160}
              max={4000}
              value={height}
              data-testid="embed-height"
              onChange={(e) => setHeight(clampSize(Number(e.target.value)))}
            />
          </label>
          <pre className="embed-code" data-testid="embed-code">
            {snippet}
          </pre>
          <button
            type="button"
            className="button small"
            data-testid="embed-copy"
            onClick={() => void copy()}
          >
            Copy
          </button>
          {copied && (
            <span role="status">
              {copied === 'yes' ? ' Copied.' : ' Copy failed: select the code and copy it.'}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
