'use client';
// "Copy link" for one exact variant: the address opens the same question for anyone.
import { useState } from 'react';
import { variantPath } from '@/lib/quiz/links';
import type { VariantRef } from '@/lib/quiz/public-types';
import { quizButton } from './styles';

export function CopyVariantLink({ variant }: { variant: VariantRef }) {
  const [state, setState] = useState<{ url: string; copied: boolean } | null>(null);
  const path = variantPath(variant);

  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused: the link is shown below to copy by hand.
    }
    setState({ url, copied });
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={quizButton.secondary} data-testid="quiz-copy-link">
        <LinkIcon /> Copy link
      </button>
      <span role="status" className="min-w-0 text-xs text-slate-700 dark:text-slate-300">
        {state && (
          <span className="flex min-w-0 items-center gap-2">
            <span className="shrink-0 font-medium">{state.copied ? 'Copied:' : 'Copy this link:'}</span>
            <input
              readOnly
              value={state.url}
              aria-label="Link to this question"
              onFocus={(e) => e.currentTarget.select()}
              className="w-56 min-w-0 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
              data-testid="quiz-share-url"
            />
          </span>
        )}
      </span>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
      <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
    </svg>
  );
}
