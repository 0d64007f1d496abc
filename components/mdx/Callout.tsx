import type { ReactNode } from 'react';

type Kind = 'myth' | 'actually' | 'note' | 'pitfall';

const STYLES: Record<Kind, { title: string; icon: string; box: string; heading: string }> = {
  myth: {
    title: 'Myth',
    icon: '✗',
    box: 'border-rose-300 bg-rose-50 dark:border-rose-800/70 dark:bg-rose-950/40',
    heading: 'text-rose-800 dark:text-rose-300',
  },
  actually: {
    title: 'What actually happens',
    icon: '✓',
    box: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800/70 dark:bg-emerald-950/40',
    heading: 'text-emerald-800 dark:text-emerald-300',
  },
  note: {
    title: 'Note',
    icon: 'i',
    box: 'border-sky-300 bg-sky-50 dark:border-sky-800/70 dark:bg-sky-950/40',
    heading: 'text-sky-800 dark:text-sky-300',
  },
  pitfall: {
    title: 'Pitfall',
    icon: '!',
    box: 'border-amber-300 bg-amber-50 dark:border-amber-700/70 dark:bg-amber-950/40',
    heading: 'text-amber-900 dark:text-amber-300',
  },
};

export function Callout({ kind, title, children }: { kind: Kind; title?: string; children?: ReactNode }) {
  const style = STYLES[kind];
  return (
    <aside className={`callout my-6 rounded-xl border px-5 py-4 ${style.box}`} data-callout={kind}>
      <p className={`not-prose mb-2 flex items-center gap-2 text-sm font-bold tracking-wide uppercase ${style.heading}`}>
        <span aria-hidden="true" className="inline-flex size-5 items-center justify-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        {title ?? style.title}
      </p>
      <div className="callout-body [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
    </aside>
  );
}

type CalloutProps = { title?: string; children?: ReactNode };

/** A popular wrong or misleading claim, stated fairly. */
export const Myth = (props: CalloutProps) => <Callout kind="myth" {...props} />;
/** The correction that follows a Myth. */
export const Actually = (props: CalloutProps) => <Callout kind="actually" {...props} />;
export const Note = (props: CalloutProps) => <Callout kind="note" {...props} />;
export const Pitfall = (props: CalloutProps) => <Callout kind="pitfall" {...props} />;
