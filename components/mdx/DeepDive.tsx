import type { ReactNode } from 'react';

/** Optional detail, collapsed by default (a native <details>, so it needs no JavaScript). */
export function DeepDive({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <details className="deep-dive group my-6 rounded-xl border border-violet-300 bg-violet-50 dark:border-violet-800/70 dark:bg-violet-950/30">
      <summary className="not-prose flex cursor-pointer list-none items-center gap-3 rounded-xl px-5 py-4 [&::-webkit-details-marker]:hidden">
        <span className="text-xs font-bold tracking-wide text-violet-800 uppercase dark:text-violet-300">Deep dive</span>
        <span className="font-semibold text-slate-900 dark:text-slate-100">{title}</span>
        <span aria-hidden="true" className="ml-auto text-violet-700 transition-transform group-open:rotate-180 dark:text-violet-300">
          ▾
        </span>
      </summary>
      <div className="border-t border-violet-200 px-5 pt-4 pb-4 dark:border-violet-800/60 [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        {children}
      </div>
    </details>
  );
}
