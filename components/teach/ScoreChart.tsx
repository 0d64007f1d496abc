// The score distribution as bars, with the same numbers in a table for screen readers and for
// anyone who prefers numbers (the chart itself is hidden from assistive technology).
export function ScoreChart({ bands }: { bands: readonly { label: string; count: number }[] }) {
  const max = Math.max(1, ...bands.map((b) => b.count));
  const total = bands.reduce((n, b) => n + b.count, 0);
  return (
    <figure className="m-0" data-testid="score-chart">
      <div aria-hidden="true" className="flex h-40 items-end gap-1 border-b border-slate-300 pb-px sm:gap-2 dark:border-slate-600">
        {bands.map((b) => (
          <div key={b.label} className="flex h-full min-w-0 flex-1 flex-col items-center justify-end">
            <span className="text-xs font-semibold text-slate-700 tabular-nums dark:text-slate-300">{b.count > 0 ? b.count : ''}</span>
            <div className="w-full rounded-t bg-sky-600 dark:bg-sky-500" style={{ height: `${(b.count / max) * 85}%` }} />
          </div>
        ))}
      </div>
      <div aria-hidden="true" className="mt-1 flex gap-1 sm:gap-2">
        {bands.map((b, i) => (
          <span key={b.label} className="min-w-0 flex-1 text-center text-[0.65rem] text-slate-600 sm:text-xs dark:text-slate-400">{i * 10}</span>
        ))}
      </div>
      <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">Score (% of the maximum), {total} submitted</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-sky-800 dark:text-sky-300">Show as a table</summary>
        <table className="mt-2 text-sm">
          <caption className="sr-only">Number of learners per score band</caption>
          <thead><tr><th scope="col" className="pr-4 text-left">Score</th><th scope="col" className="text-right">Learners</th></tr></thead>
          <tbody>
            {bands.map((b) => (
              <tr key={b.label}><th scope="row" className="pr-4 text-left font-normal">{b.label}</th><td className="text-right tabular-nums">{b.count}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
