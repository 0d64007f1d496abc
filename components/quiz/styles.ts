// Shared button styles for the quiz, matching the site's buttons (sky primary, quiet secondary).
export const quizButton = {
  primary:
    'inline-flex items-center justify-center gap-2 rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-sky-700 dark:hover:bg-sky-800',
  secondary:
    'inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  link: 'text-sm font-medium text-sky-800 underline underline-offset-4 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-200',
} as const;
