// Class names shared by the teach and assignment pages, in the site's look (sky accents, slate text).
export const ui = {
  card: 'min-w-0 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-950',
  h2: 'text-lg font-bold text-slate-900 dark:text-white',
  label: 'block text-sm font-semibold text-slate-800 dark:text-slate-200',
  hint: 'mt-1 text-xs text-slate-600 dark:text-slate-400',
  input:
    'mt-1 block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-slate-900 placeholder:text-slate-500 disabled:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400',
  error: 'text-sm font-medium text-rose-800 dark:text-rose-300',
  ok: 'text-sm font-medium text-emerald-800 dark:text-emerald-300',
  th: 'px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300',
  td: 'px-3 py-2 text-left align-top text-sm text-slate-800 dark:text-slate-200',
  badge: 'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold',
} as const;

export const stateBadge: Record<string, { label: string; className: string }> = {
  open: { label: 'Open', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100' },
  not_open: { label: 'Not open yet', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100' },
  closed: { label: 'Closed', className: 'bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200' },
};

export const REVEAL_LABELS = {
  after_submit: 'Right after they submit',
  after_close: 'After the close time',
  never: 'Never',
} as const;

export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
