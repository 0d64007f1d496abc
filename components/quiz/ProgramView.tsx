// The question's program, read-only: highlighted on the server, line numbers visible (questions
// name lines), and the line the question asks about marked for sight and for screen readers.
import type { CSSProperties } from 'react';
import type { CodeToken } from '@/lib/quiz/public-types';

export function ProgramView({ lines, askedLines, label }: { lines: readonly (readonly CodeToken[])[]; askedLines: readonly number[]; label: string }) {
  const width = String(lines.length).length;
  return (
    <figure className="quiz-program not-prose m-0 overflow-hidden rounded-xl border border-slate-200 bg-[var(--code-bg)] dark:border-slate-700" data-testid="quiz-program">
      <figcaption className="sr-only">{label}</figcaption>
      <pre tabIndex={0} className="relative overflow-x-auto py-3 font-mono text-[0.9375rem] leading-relaxed text-[var(--code-fg)]" aria-label={label}>
        <code className="grid min-w-max">
          {lines.map((tokens, index) => {
            const number = index + 1;
            const asked = askedLines.includes(number);
            return (
              <span
                key={number}
                data-line={number}
                data-asked={asked || undefined}
                className={`flex pr-4 ${asked ? 'border-l-4 border-amber-500 bg-amber-100 dark:border-amber-400 dark:bg-amber-900/40' : 'border-l-4 border-transparent'}`}
              >
                <span className={`mr-3 inline-block shrink-0 pl-1.5 sm:mr-4 sm:pl-2 text-right text-slate-600 select-none dark:text-slate-400 ${width > 1 ? 'w-[4.5ch]' : 'w-[3.5ch]'}`}>
                  {number}
                  <span className="sr-only">:</span>
                </span>
                <span className="whitespace-pre">
                  {tokens.map((token, i) =>
                    token.light ? (
                      <span key={i} style={{ '--shiki-light': token.light, '--shiki-dark': token.dark } as CSSProperties}>
                        {token.text}
                      </span>
                    ) : (
                      <span key={i}>{token.text}</span>
                    ),
                  )}
                  {tokens.length === 0 && ' '}
                </span>
                {asked && (
                  <span className="ml-auto pl-4 font-sans text-xs font-semibold whitespace-nowrap text-amber-900 dark:text-amber-200">
                    {/* On phones the bar alone marks the line: the label would only widen the scroll. */}
                    <span aria-hidden="true" className="hidden sm:inline">
                      ◀ asked
                    </span>
                    <span className="sr-only">(the line the question asks about)</span>
                  </span>
                )}
              </span>
            );
          })}
        </code>
      </pre>
    </figure>
  );
}
