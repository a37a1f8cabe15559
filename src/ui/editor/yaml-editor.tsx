// The CodeMirror 6 editor, loaded lazily (this module and CodeMirror form their own chunk).
// The store owns the text: typing goes to the store at once, and whatever the store's text
// becomes — by undo, by a drag on the map, by opening a file — is put back into the editor
// as the smallest replacement, so the cursor stays where it was.
import { useEffect, useRef } from 'react';
import { setDiagnostics } from '@codemirror/lint';
import { Annotation, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { AppState, MapEntry, SourceCheck } from '../../store/types.ts';
import { warmLayout } from '../../worker/app-layout-client.ts';
import { useAppStore } from '../../store/store.ts';
import { useShallow } from 'zustand/react/shallow';
import {
  selectCurrentCheck,
  selectCurrentEntry,
  selectEditorActions,
  selectEditSource,
} from '../../store/selectors.ts';
import { toDiagnostics } from './diagnostics.ts';
import { editorExtensions } from './extensions.ts';
import { textChange } from './text-diff.ts';

const fromStore = Annotation.define<boolean>();

export default function YamlEditor() {
  const host = useRef<HTMLDivElement>(null);
  const { undo, redo } = useAppStore(useShallow(selectEditorActions));
  const editSource = useAppStore(selectEditSource);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // Inside a shadow root CodeMirror's styles go into adopted style sheets, which the page's
    // Content-Security-Policy allows (it forbids inline <style> elements).
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    // Seen from outside, keys typed here come from the shadow host, not from a text field:
    // keep them inside, so that the page's single-key shortcuts do not fire while typing.
    const keep = (e: Event) => e.stopPropagation();
    const keyEvents = ['keydown', 'keyup', 'keypress'] as const;
    for (const type of keyEvents) element.addEventListener(type, keep);
    const parent = document.createElement('div');
    parent.style.height = '100%';
    shadow.replaceChildren(parent);
    const store = useAppStore;
    // Edits are laid out in the worker: let it route each map shown here before the first
    // keystroke, so that typing a label only redoes the cheap stages.
    let warmed = '';
    const warm = (entry: MapEntry | undefined) => {
      if (!entry || entry.map.id === warmed) return;
      warmed = entry.map.id;
      warmLayout(entry.map);
    };
    // The store's state when the editor opens; after that, what the subscription hands over.
    const opening = store.getState();
    let synced = selectCurrentEntry(opening)?.source ?? '';
    let shownCheck: SourceCheck | undefined;
    const view = new EditorView({
      root: shadow,
      parent,
      state: EditorState.create({
        doc: synced,
        extensions: editorExtensions(
          {
            // Read when completing a station id, not at every render.
            stations: () => selectCurrentEntry(store.getState())?.map.stations ?? [],
            undo,
            redo,
            onText: (text) => {
              synced = text;
              editSource(text);
            },
          },
          (t) => t.annotation(fromStore) === true,
        ),
      }),
    });

    const showCheck = (check: SourceCheck | undefined) => {
      if (check === shownCheck) return;
      if (check && check.text !== view.state.doc.toString()) return; // stale: wait for the next
      shownCheck = check;
      view.dispatch(
        setDiagnostics(view.state, toDiagnostics(view.state.doc, check?.problems ?? [])),
      );
    };
    const sync = (s: AppState) => {
      const entry = selectCurrentEntry(s);
      warm(entry);
      const source = entry?.source ?? '';
      if (source !== synced) {
        const change = textChange(view.state.doc.toString(), source);
        synced = source;
        if (change) view.dispatch({ changes: change, annotations: fromStore.of(true) });
      }
      showCheck(selectCurrentCheck(s));
    };
    sync(opening);
    const unsubscribe = store.subscribe(sync);
    return () => {
      unsubscribe();
      view.destroy();
      shadow.replaceChildren();
      for (const type of keyEvents) element.removeEventListener(type, keep);
    };
  }, [undo, redo, editSource]);

  return <div ref={host} className="yaml-editor" data-testid="yaml-editor" />;
}
