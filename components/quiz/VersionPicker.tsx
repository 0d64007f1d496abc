'use client';
// Which CPython the quiz asks about: 3.10-3.14 on 64-bit, and 3.14 on wasm32 (Pyodide).
import type { Platform, PythonVersion } from '@/lib/share/schema';

export interface QuizTarget {
  python: PythonVersion;
  platform: Platform;
}

export const TARGETS: readonly QuizTarget[] = [
  { python: '3.10', platform: '64bit' },
  { python: '3.11', platform: '64bit' },
  { python: '3.12', platform: '64bit' },
  { python: '3.13', platform: '64bit' },
  { python: '3.14', platform: '64bit' },
  { python: '3.14', platform: 'wasm32' },
];

export function targetLabel(target: QuizTarget): string {
  return target.platform === 'wasm32' ? `Python ${target.python} · wasm32 (Pyodide)` : `Python ${target.python} · 64-bit`;
}

const key = (t: QuizTarget) => `${t.python}|${t.platform}`;

export function VersionPicker({ value, onChange, id, disabled = false }: { value: QuizTarget; onChange(target: QuizTarget): void; id: string; disabled?: boolean }) {
  // A link may name a combination the menu does not list (3.12 on wasm32): keep it selectable.
  const options = TARGETS.some((t) => key(t) === key(value)) ? TARGETS : [...TARGETS, value];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        Python version
      </label>
      <select
        id={id}
        value={key(value)}
        disabled={disabled}
        onChange={(e) => {
          const [python, platform] = e.target.value.split('|') as [PythonVersion, Platform];
          onChange({ python, platform });
        }}
        className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        data-testid="quiz-python"
      >
        {options.map((t) => (
          <option key={key(t)} value={key(t)}>
            {targetLabel(t)}
          </option>
        ))}
      </select>
    </div>
  );
}
