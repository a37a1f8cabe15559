// The editor's extensions: YAML highlighting, linting from the store, station-id completion,
// and undo/redo bound to the store's history (CodeMirror's own history is left out on
// purpose: one history covers typing and dragging alike).
import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, Prec } from '@codemirror/state';
import type { Extension, Transaction } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import {
  declaredStationIds,
  PRIORITY_WORDS,
  priorityContext,
  stationIdContext,
} from './station-context.ts';

export interface EditorHooks {
  /** Station ids and labels of the map on screen, for completion. */
  readonly stations: () => readonly { id: string; label: string }[];
  readonly undo: () => void;
  readonly redo: () => void;
  readonly onText: (text: string) => void;
}

/** The editor's look (inside its shadow root, so the page's CSS does not reach it). */
const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: '#ffffff' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace" },
  '&.cm-focused': { outline: '3px solid #ffb000', outlineOffset: '-3px' },
  '.cm-gutters': { backgroundColor: '#f6f7f9', borderRight: '1px solid #d9dce1' },
  '.cm-tooltip-lint': { maxWidth: '380px' },
});

function stationCompletion(hooks: EditorHooks) {
  return (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const priority = priorityContext(text, context.pos);
    if (priority) {
      return {
        from: priority.from,
        options: PRIORITY_WORDS.map((word) => ({ label: word, type: 'keyword' })),
        validFor: /^[a-z]*$/,
      };
    }
    const place = stationIdContext(text, context.pos);
    if (!place) return null;
    if (place.from === context.pos && !context.explicit) return null;
    const known = new Map(hooks.stations().map((s) => [s.id, s.label]));
    for (const id of declaredStationIds(text)) if (!known.has(id)) known.set(id, '');
    return {
      from: place.from,
      options: [...known].map(([id, label]) => ({
        label: id,
        type: 'variable',
        ...(label ? { detail: label } : {}),
      })),
      validFor: /^[a-z0-9-]*$/,
    };
  };
}

export function editorExtensions(
  hooks: EditorHooks,
  fromStore: (t: Transaction) => boolean,
): Extension {
  const run = (f: () => void) => () => {
    f();
    return true;
  };
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightSelectionMatches(),
    search({ top: true }),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    EditorState.tabSize.of(2),
    EditorView.lineWrapping,
    yaml(),
    lintGutter(),
    autocompletion({ override: [stationCompletion(hooks)], activateOnTyping: true }),
    Prec.highest(
      keymap.of([
        { key: 'Mod-z', run: run(hooks.undo), preventDefault: true },
        { key: 'Mod-Shift-z', run: run(hooks.redo), preventDefault: true },
        { key: 'Mod-y', run: run(hooks.redo), preventDefault: true },
      ]),
    ),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, indentWithTab]),
    EditorView.updateListener.of((update) => {
      if (!update.docChanged) return;
      if (update.transactions.every((t) => fromStore(t))) return;
      hooks.onText(update.state.doc.toString());
    }),
    theme,
    EditorView.contentAttributes.of({ 'aria-label': 'Map YAML', 'data-testid': 'yaml-input' }),
  ];
}
