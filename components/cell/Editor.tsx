'use client';
// The cell's code editor: CodeMirror 6 with Python highlighting, Run on Ctrl/Cmd+Enter, an
// optional read-only mode, and line marks for the current step and for an error.
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { Compartment, EditorState, Prec, type StateEffect } from '@codemirror/state';
import { drawSelection, EditorView, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { editorTheme, lineMarks, pythonHighlight, setLineMarks, type LineMarks } from './editor-extensions';

export interface EditorProps {
  initialCode: string;
  readOnly?: boolean;
  marks: LineMarks;
  onChange(code: string): void;
  onRun(): void;
  /** Accessible name of the editing area. */
  label: string;
  /** Id of an element describing the keys (Ctrl+Enter runs; Escape then Tab leaves). */
  describedBy?: string;
}

export default function Editor({ initialCode, readOnly = false, marks, onChange, onRun, label, describedBy }: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  const readOnlyCompartment = useRef(new Compartment());
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  // Create once; later prop changes go through effects and compartments, never a rebuild.
  useEffect(() => {
    if (!host.current) return;
    const runKeys = Prec.highest(
      keymap.of([
        { key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) },
        { key: 'Shift-Enter', run: () => (callbacks.current.onRun(), true) },
      ]),
    );
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialCode,
        extensions: [
          runKeys,
          lineNumbers(),
          highlightSpecialChars(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          python(),
          syntaxHighlighting(pythonHighlight),
          editorTheme,
          EditorView.lineWrapping,
          lineMarks(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorState.tabSize.of(4),
          readOnlyCompartment.current.of(readOnlyExtensions(readOnly)),
          EditorView.contentAttributes.of({
            'aria-label': label,
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
    // initialCode, label and describedBy are read once on purpose: the editor owns its text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: readOnlyCompartment.current.reconfigure(readOnlyExtensions(readOnly)) });
  }, [readOnly]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const effects: StateEffect<unknown>[] = [setLineMarks.of(marks)];
    const focusLine = marks.error ?? marks.step;
    // Scroll to the line only while the learner works in this cell: CodeMirror scrolls every ancestor,
    // so doing it for cells that step on load would make the whole page jump.
    const interacting = v.dom.closest('[data-testid="cell"]')?.contains(document.activeElement) ?? false;
    if (interacting && focusLine !== null && focusLine >= 1 && focusLine <= v.state.doc.lines) {
      effects.push(EditorView.scrollIntoView(v.state.doc.line(focusLine).from, { y: 'nearest' }));
    }
    v.dispatch({ effects });
  }, [marks]);

  return <div ref={host} className="memlab-editor" data-testid="cell-editor" />;
}

// Read-only keeps the text focusable and selectable (keyboard users can still read and copy it).
function readOnlyExtensions(readOnly: boolean) {
  return [EditorState.readOnly.of(readOnly), EditorView.contentAttributes.of({ 'aria-readonly': String(readOnly) })];
}
