// <Recorded id=… versions=… code=… />: a program the simulator does not model (tracemalloc, fork,
// memoryview…), shown with the output real CPython printed for it (content/recorded/). Not
// runnable here, and it says so; the content tests check the recording matches the code.
import type { CheckedVersion } from '@/lib/content/cells';
import { dedentCode } from '@/lib/content/dedent';
import { allRecordedCells } from '@/lib/content/recorded';

const LABEL: Record<CheckedVersion, string> = {
  '3.10': 'CPython 3.10', '3.11': 'CPython 3.11', '3.12': 'CPython 3.12', '3.13': 'CPython 3.13',
  '3.14-wasm32': 'CPython 3.14 (Pyodide, wasm32)',
};

let recorded: ReturnType<typeof allRecordedCells> | null = null;

export function Recorded({ id, code, versions, title }: { id: string; code: string; versions: readonly CheckedVersion[]; title?: string }) {
  recorded ??= allRecordedCells();
  const outputs = recorded.get(id)?.outputs ?? {};
  const program = dedentCode(code);
  // Versions that printed the same thing are shown once, labelled together.
  const groups = new Map<string, CheckedVersion[]>();
  for (const version of versions) {
    const out = outputs[version];
    if (!out) continue;
    const text = out.stdout + (out.error ? `${out.error}\n` : '');
    groups.set(text, [...(groups.get(text) ?? []), version]);
  }
  return (
    <figure className="not-prose my-6 overflow-hidden rounded-xl border border-slate-200 dark:border-slate-700" aria-label={title ?? 'Recorded example'}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 bg-slate-50 px-4 py-2 text-sm text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300">
        <span className="font-medium">{title ?? 'Example'}</span>
        <span>Run on real CPython; the simulator does not model this program.</span>
      </figcaption>
      <pre className="m-0 overflow-x-auto bg-white px-4 py-3 font-mono text-sm leading-relaxed text-slate-900 dark:bg-slate-950 dark:text-slate-100"><code>{program}</code></pre>
      {[...groups].map(([text, vs]) => (
        <div key={vs.join()} className="border-t border-slate-200 dark:border-slate-700">
          <div className="bg-slate-50 px-4 py-1 text-xs font-medium uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            Output, {vs.map((v) => LABEL[v]).join(', ')}
          </div>
          <pre className="m-0 overflow-x-auto bg-white px-4 py-3 font-mono text-sm text-slate-900 dark:bg-slate-950 dark:text-slate-100"><code>{text}</code></pre>
        </div>
      ))}
    </figure>
  );
}
