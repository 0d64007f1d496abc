import type { ReactNode } from 'react';

function Panel({ label, className, children }: { label: string; className: string; children?: ReactNode }) {
  return (
    <section aria-label={label} className={`my-8 rounded-xl border px-5 py-4 ${className}`}>
      <p className="not-prose mb-2 text-sm font-bold tracking-wide text-slate-700 uppercase dark:text-slate-300">{label}</p>
      <div className="[&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </section>
  );
}

/** What the reader will be able to do after the lesson; goes at the top. */
export function LearningGoals({ children }: { children?: ReactNode }) {
  return (
    <Panel label="You will learn" className="border-sky-200 bg-sky-50/60 dark:border-sky-900 dark:bg-sky-950/30">
      {children}
    </Panel>
  );
}

/** The lesson's take-aways; goes at the end. */
export function Recap({ children }: { children?: ReactNode }) {
  return (
    <Panel label="Recap" className="border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-900/60">
      {children}
    </Panel>
  );
}

/** A block listing the CPython sources, PEPs and docs a lesson relies on. */
export function References({ children }: { children?: ReactNode }) {
  return (
    <Panel label="Sources" className="border-slate-200 dark:border-slate-700">
      {children}
    </Panel>
  );
}
