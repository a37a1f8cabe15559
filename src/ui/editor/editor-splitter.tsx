// The handle between the editor and the rest: drag it, or focus it and use the arrow keys.
import { useEffect, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { selectSetEditorWidth } from '../../store/selectors.ts';
import { useAppStore } from '../../store/store.ts';
import { clampEditorWidth, MIN_EDITOR_WIDTH, maxEditorWidth } from './editor-width.ts';

/** The window's width, following resizes. */
export function useViewportWidth(): number {
  const [width, setWidth] = useState(() => globalThis.innerWidth ?? 1280);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function EditorSplitter({ width }: { width: number }) {
  const setWidth = useAppStore(selectSetEditorWidth);
  const viewport = useViewportWidth();
  const [drag, setDrag] = useState<{ x: number; width: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ x: e.clientX, width });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag) setWidth(clampEditorWidth(drag.width + e.clientX - drag.x, viewport));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 80 : 20;
    const by = { ArrowLeft: -step, ArrowRight: step }[e.key];
    const to =
      by !== undefined
        ? width + by
        : e.key === 'Home'
          ? MIN_EDITOR_WIDTH
          : e.key === 'End'
            ? maxEditorWidth(viewport)
            : undefined;
    if (to === undefined) return;
    e.preventDefault();
    setWidth(clampEditorWidth(to, viewport));
  };
  return (
    <div
      className="editor-splitter"
      data-testid="editor-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Editor width"
      aria-valuenow={width}
      aria-valuemin={MIN_EDITOR_WIDTH}
      aria-valuemax={maxEditorWidth(viewport)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => setDrag(null)}
      onPointerCancel={() => setDrag(null)}
      onKeyDown={onKeyDown}
    />
  );
}
