// CodeMirror 6 pieces for the cell editor: a highlight style driven by CSS variables (so it follows
// the site's light/dark theme without reconfiguring), and line marks for the step being shown and
// for the line an exception or refusal points at.
import { HighlightStyle } from '@codemirror/language';
import { RangeSetBuilder, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export const pythonHighlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: 'var(--cm-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--cm-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--cm-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--cm-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName))], color: 'var(--cm-function)' },
  { tag: [t.className, t.definition(t.className)], color: 'var(--cm-class)' },
  { tag: [t.self, t.standard(t.variableName)], color: 'var(--cm-builtin)' },
  { tag: [t.propertyName], color: 'var(--cm-property)' },
  { tag: [t.operator, t.punctuation, t.bracket], color: 'var(--cm-punct)' },
  { tag: t.invalid, color: 'var(--cm-error)' },
]);

export const editorTheme = EditorView.theme({
  '&': { backgroundColor: 'var(--cm-bg)', color: 'var(--cm-fg)', fontSize: '0.875rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', padding: '0.5rem 0', caretColor: 'var(--cm-fg)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
  '.cm-gutters': { backgroundColor: 'var(--cm-bg)', color: 'var(--cm-gutter)', border: 'none', paddingLeft: '0.25rem' },
  '.cm-cursor': { borderLeftColor: 'var(--cm-fg)' },
  '&.cm-focused': { outline: 'none' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--cm-selection) !important' },
  '.cm-line.cm-step-line': { backgroundColor: 'var(--cm-step-bg)', boxShadow: 'inset 3px 0 0 var(--cm-step-edge)' },
  '.cm-line.cm-error-line': {
    backgroundColor: 'var(--cm-error-bg)',
    boxShadow: 'inset 3px 0 0 var(--cm-error)',
    textDecoration: 'underline wavy var(--cm-error)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '4px',
  },
});

export interface LineMarks {
  /** 1-based line of the step being shown, or null. */
  step: number | null;
  /** 1-based line an error points at, or null. */
  error: number | null;
}

export const setLineMarks = StateEffect.define<LineMarks>();

const stepLine = Decoration.line({ class: 'cm-step-line', attributes: { 'data-step-line': 'true' } });
const errorLine = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': 'true' } });

function build(view: { doc: { lines: number; line(n: number): { from: number } } }, marks: LineMarks): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const lines = [
    { n: marks.step, deco: stepLine },
    { n: marks.error, deco: errorLine },
  ]
    .filter((m): m is { n: number; deco: Decoration } => m.n !== null && m.n >= 1 && m.n <= view.doc.lines)
    .sort((a, b) => a.n - b.n);
  for (const m of lines) {
    const from = view.doc.line(m.n).from;
    builder.add(from, from, m.deco);
  }
  return builder.finish();
}

/** Holds the marks; they are cleared when the text changes (they would point at stale lines). */
export const lineMarksField = StateField.define<{ marks: LineMarks; decorations: DecorationSet }>({
  create: () => ({ marks: { step: null, error: null }, decorations: Decoration.none }),
  update(value, tr) {
    let marks = value.marks;
    for (const e of tr.effects) if (e.is(setLineMarks)) marks = e.value;
    if (tr.docChanged && marks === value.marks) marks = { step: null, error: null };
    if (marks === value.marks && !tr.docChanged) return value;
    return { marks, decorations: build(tr.state, marks) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

export function lineMarks(): Extension {
  return lineMarksField;
}
