'use client';
// A read-only link with a Copy button; the field selects itself on focus so copying by hand works too.
import { useId, useState } from 'react';
import { quizButton } from '@/components/quiz/styles';
import { ui } from './ui';

export function CopyField({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <div>
      <label htmlFor={id} className={ui.label}>{label}</label>
      <div className="mt-1 flex gap-2">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className={`${ui.input} mt-0 font-mono text-sm`} data-testid={testId} />
        <button type="button" onClick={copy} className={quizButton.secondary}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      {hint && <p className={ui.hint}>{hint}</p>}
      <span className="sr-only" aria-live="polite">{copied ? `${label} copied` : ''}</span>
    </div>
  );
}
