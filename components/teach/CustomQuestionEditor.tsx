'use client';
// One custom question: the program, the line to ask about (picked by clicking it), the kind of
// answer, optional wording, and a check that shows the answer the simulator computed.
import { useId, useState } from 'react';
import { quizButton } from '@/components/quiz/styles';
import { LIMITS } from '@/lib/assignments/limits';
import type { ApiResult } from '@/lib/assignments/types';
import { ui } from './ui';

export interface CustomDraft {
  readonly key: string;
  readonly program: string;
  readonly line: number;
  readonly kind: 'number' | 'boolean';
  readonly prompt: string;
}

let counter = 0;
export function emptyCustom(): CustomDraft {
  counter += 1;
  return { key: `custom-${counter}`, program: '', line: 1, kind: 'number', prompt: '' };
}

export function CustomQuestionEditor({ index, draft, python, platform, onChange, onRemove }: {
  index: number; draft: CustomDraft; python: string; platform: string;
  onChange(next: CustomDraft): void; onRemove(): void;
}) {
  const id = useId().replace(/:/g, '');
  const [check, setCheck] = useState<{ ok: boolean; text: string } | null>(null);
  const [checking, setChecking] = useState(false);
  const lines = draft.program.replace(/\n$/, '').split('\n');
  const update = (patch: Partial<CustomDraft>) => {
    setCheck(null);
    onChange({ ...draft, ...patch });
  };

  async function runCheck() {
    setChecking(true);
    try {
      const response = await fetch('/api/teach/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ program: draft.program, ask: { kind: draft.kind, line: draft.line }, python, platform }),
      });
      const result = (await response.json()) as ApiResult<{ answerText: string }>;
      setCheck(result.ok ? { ok: true, text: `Learners must answer ${result.value.answerText} (Python ${python}).` } : { ok: false, text: result.error });
    } catch {
      setCheck({ ok: false, text: 'Could not reach the server.' });
    } finally {
      setChecking(false);
    }
  }

  return (
    <fieldset className="min-w-0 rounded-xl border border-slate-300 p-4 dark:border-slate-600" data-testid="custom-question">
      <legend className="px-1 text-sm font-semibold text-slate-900 dark:text-white">Your question {index + 1}</legend>
      <label htmlFor={`${id}-program`} className={ui.label}>Program</label>
      <textarea
        id={`${id}-program`} rows={Math.min(12, Math.max(4, lines.length + 1))} maxLength={LIMITS.customProgramChars}
        value={draft.program} spellCheck={false} autoCapitalize="off" autoCorrect="off"
        onChange={(e) => update({ program: e.target.value, line: Math.min(draft.line, Math.max(1, e.target.value.replace(/\n$/, '').split('\n').length)) })}
        className={`${ui.input} font-mono text-sm`} placeholder={'import sys\nx = []\ny = x\nprint(sys.getrefcount(x))'}
        data-testid="custom-program"
      />
      {draft.program.trim() && (
        <fieldset className="mt-3">
          <legend className={ui.label}>Line to ask about <span className="font-normal text-slate-600 dark:text-slate-400">(it must print one value)</span></legend>
          <div className="mt-1 overflow-x-auto rounded-lg border border-slate-200 bg-[var(--code-bg)] py-1 font-mono text-sm dark:border-slate-700">
            {lines.map((text, i) => (
              <label key={i} className={`flex cursor-pointer items-center gap-3 px-2 py-0.5 ${draft.line === i + 1 ? 'bg-amber-100 dark:bg-amber-900/40' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}>
                <input type="radio" name={`${id}-line`} checked={draft.line === i + 1} onChange={() => update({ line: i + 1 })} className="accent-amber-600" aria-label={`Line ${i + 1}: ${text || 'empty'}`} data-testid="custom-line" />
                <span aria-hidden="true" className="w-6 text-right text-slate-600 select-none dark:text-slate-400">{i + 1}</span>
                <span aria-hidden="true" className="whitespace-pre text-[var(--code-fg)]">{text || ' '}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-3">
        <fieldset>
          <legend className={ui.label}>Learners answer with</legend>
          <div className="mt-1 flex gap-4 text-sm text-slate-800 dark:text-slate-200">
            <label className="flex items-center gap-2"><input type="radio" name={`${id}-kind`} checked={draft.kind === 'number'} onChange={() => update({ kind: 'number' })} className="accent-sky-700" data-testid="custom-kind-number" />A whole number</label>
            <label className="flex items-center gap-2"><input type="radio" name={`${id}-kind`} checked={draft.kind === 'boolean'} onChange={() => update({ kind: 'boolean' })} className="accent-sky-700" data-testid="custom-kind-boolean" />True or False</label>
          </div>
        </fieldset>
        <div className="min-w-60 flex-1">
          <label htmlFor={`${id}-prompt`} className={ui.label}>Question wording <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span></label>
          <input id={`${id}-prompt`} maxLength={LIMITS.customPrompt} value={draft.prompt} onChange={(e) => update({ prompt: e.target.value })} className={ui.input}
            placeholder={draft.kind === 'number' ? `What does line ${draft.line} print?` : `Does line ${draft.line} print True or False?`} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={quizButton.secondary} onClick={runCheck} disabled={checking || !draft.program.trim()} data-testid="custom-check">
          {checking ? 'Running…' : 'Check the answer'}
        </button>
        <button type="button" className={quizButton.link} onClick={onRemove}>Remove</button>
        <p role="status" className={check?.ok ? ui.ok : ui.error} data-testid="custom-check-result">{check?.text}</p>
      </div>
    </fieldset>
  );
}
