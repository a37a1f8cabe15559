// The loader's problems (line and column, 1-based) as CodeMirror diagnostics (offsets).
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Problem } from '../../model/problem.ts';

export function toDiagnostics(doc: Text, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, p.column - 1), line.to);
    // Underline the word or value that starts there, at least one character.
    const rest = doc.sliceString(from, line.to);
    const token = /^[^\s,\]}#]+/.exec(rest)?.[0].length ?? 0;
    const to = Math.min(line.to, from + Math.max(1, token));
    return {
      from,
      to: Math.max(to, from),
      severity: p.severity,
      message: p.message,
      source: 'map',
    };
  });
}
