'use client';
// First / previous / next / last, a slider, and where we are. Arrow keys and Home/End work on the
// whole explorer (see TraceExplorer); the slider handles them natively when focused.
export function StepControls({ step, count, line, onStep }: { step: number; count: number; line: number; onStep(n: number): void }) {
  const last = Math.max(0, count - 1);
  // aria-disabled rather than disabled: a focused button that became disabled would drop focus
  // (to the page), and the arrow keys would stop stepping.
  const go = (n: number) => onStep(Math.max(0, Math.min(last, n)));
  const btn =
    'inline-flex size-8 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 aria-disabled:opacity-40 aria-disabled:cursor-default dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="step-controls">
      <div className="flex gap-1">
        <button type="button" className={btn} onClick={() => go(0)} aria-disabled={step === 0} aria-label="First step" data-testid="step-first">
          <Icon kind="first" />
        </button>
        <button type="button" className={btn} onClick={() => go(step - 1)} aria-disabled={step === 0} aria-label="Previous step" data-testid="step-prev">
          <Icon kind="prev" />
        </button>
        <button type="button" className={btn} onClick={() => go(step + 1)} aria-disabled={step >= last} aria-label="Next step" data-testid="step-next">
          <Icon kind="next" />
        </button>
        <button type="button" className={btn} onClick={() => go(last)} aria-disabled={step >= last} aria-label="Last step" data-testid="step-last">
          <Icon kind="last" />
        </button>
      </div>
      <input
        type="range"
        min={0}
        max={last}
        value={step}
        onChange={(e) => go(Number(e.target.value))}
        aria-label="Step"
        aria-valuetext={`Step ${step + 1} of ${count}, line ${line}`}
        className="h-2 min-w-24 flex-1 cursor-pointer accent-sky-700 dark:accent-sky-400"
        data-testid="step-slider"
      />
      <p className="text-sm tabular-nums text-slate-700 dark:text-slate-300" data-testid="step-position">
        Step <strong>{step + 1}</strong> / {count} · line {line}
      </p>
    </div>
  );
}

const PATHS: Record<'first' | 'prev' | 'next' | 'last', string> = {
  first: 'M4 3v10M13 3 7 8l6 5z',
  prev: 'M11 3 5 8l6 5z',
  next: 'M5 3l6 5-6 5z',
  last: 'M12 3v10M3 3l6 5-6 5z',
};

function Icon({ kind }: { kind: keyof typeof PATHS }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="currentColor" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
      <path d={PATHS[kind]} />
    </svg>
  );
}
