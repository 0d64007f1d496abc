'use client';
// A runnable cell: edit Python, run it in the simulator (a worker), step through its memory,
// check it against real CPython in the browser, and share the exact state as a link.
// Loaded lazily by Cell.tsx; everything heavy (CodeMirror, workers, the diagram) lives below here.
import './cell.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { TraceExplorer } from '@/components/heap/TraceExplorer';
import { PLATFORMS, PYTHON_VERSIONS, type Platform, type PythonVersion, type ShareState } from '@/lib/share/schema';
import type { Trace } from '@/lib/sim/trace/schema';
import Editor from './Editor';
import type { LineMarks } from './editor-extensions';
import { OracleCompare, type ComparedOutput } from './OracleCompare';
import { OutputPanel, Problem } from './OutputPanel';
import { ShareButton } from './ShareButton';
import { useOracle } from './useOracle';
import { useSimulation } from './useSimulation';

export interface CellProps {
  /** The program the cell opens with (empty for a free cell). */
  code?: string;
  python?: PythonVersion;
  platform?: Platform;
  /** Step to show after the first run (0-based); giving it also runs the cell when it loads. */
  step?: number;
  /** Run once as soon as the cell has loaded. */
  autoRun?: boolean;
  readOnly?: boolean;
  /** What real CPython printed for this program (lessons record it), shown for reference. */
  output?: string;
  /** A short name for the cell, used by assistive technology ("Cell: aliasing a list"). */
  title?: string;
  /** On /play the URL follows the state, so reloading keeps it. */
  onStateChange?(state: ShareState): void;
}

const PLATFORM_LABEL: Record<Platform, string> = { '64bit': '64-bit', wasm32: 'wasm32' };
const ORACLE_PROFILE = { python: '3.14', platform: 'wasm32' } as const;

export default function CellApp(props: CellProps) {
  const { readOnly = false, output, title } = props;
  const [code, setCode] = useState(props.code ?? '');
  // The editor's text as of its last change, read when a run starts: a Run click or Ctrl+Enter right
  // after typing can come before React has re-rendered with the new `code`.
  const codeNow = useRef(props.code ?? '');
  const onEdit = useCallback((text: string) => {
    codeNow.current = text;
    setCode(text);
  }, []);
  const [python, setPython] = useState<PythonVersion>(props.python ?? '3.13');
  const [platform, setPlatform] = useState<Platform>(props.platform ?? '64bit');
  const [step, setStep] = useState(0);
  const pendingStep = useRef<number | null>(props.step ?? null);
  const sim = useSimulation();
  const oracleSim = useSimulation();
  const oracle = useOracle();
  const keysId = useId();
  const cellLabel = title ? `Cell: ${title}` : 'Python cell';

  const result = sim.state.status === 'done' ? sim.state.result : null;
  const trace = result?.kind === 'trace' ? (result.trace as Trace) : null;
  const stale = sim.state.status === 'done' && sim.state.source !== code;

  const runStartedAt = useRef<{ at: number; n: number } | null>(null);
  const [diagramTime, setDiagramTime] = useState<{ ms: number; n: number } | null>(null);
  const runCount = useRef(0);
  const run = useCallback(async () => {
    runCount.current += 1;
    runStartedAt.current = { at: performance.now(), n: runCount.current };
    setDiagramTime(null);
    const r = await sim.run(codeNow.current, python, platform);
    if (r?.kind === 'trace') {
      const t = r.trace as Trace;
      const wanted = pendingStep.current;
      pendingStep.current = null;
      setStep(wanted === null ? 0 : Math.min(wanted, Math.max(0, t.steps.count - 1)));
    }
  }, [sim, python, platform]);

  // Run-to-diagram time: from Run to the first frame painted after the diagram was laid out.
  useEffect(() => {
    if (!trace || runStartedAt.current === null) return;
    const started = runStartedAt.current;
    runStartedAt.current = null;
    const frame = requestAnimationFrame(() => setDiagramTime({ ms: performance.now() - started.at, n: started.n }));
    return () => cancelAnimationFrame(frame);
  }, [trace]);

  // Shared links and lessons with a `step` open on that step: run once, when the cell first comes
  // into view. Running every cell of a lesson on load would cost CPU and grow the page above the
  // reader, making in-page links land in the wrong place.
  const autoRun = props.autoRun || props.step !== undefined;
  const ranOnce = useRef(false);
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!autoRun || ranOnce.current) return;
    const start = () => {
      if (ranOnce.current) return;
      ranOnce.current = true;
      void run();
    };
    const element = sectionRef.current;
    const observer = element && typeof IntersectionObserver !== 'undefined'
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            observer?.disconnect();
            start();
          }
        })
      : null;
    if (observer && element) observer.observe(element);
    else start();
    // An unmount stops the run (the worker is disposed); a remount (React's strict mode) starts again.
    return () => {
      observer?.disconnect();
      ranOnce.current = false;
    };
    // Only on load: later edits must not re-run by themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [autoRun]);

  // A learner's own run counts as the cell's first: the cell must not then start itself with the
  // code it opened with when it scrolls into view. Edited code starts at its first step: the step
  // the lesson or link chose belongs to the code it was chosen for.
  const runByLearner = useCallback(() => {
    ranOnce.current = true;
    if (codeNow.current !== (props.code ?? '')) pendingStep.current = null;
    void run();
  }, [run, props.code]);

  const { onStateChange } = props;
  useEffect(() => {
    onStateChange?.({ code, python, platform, step });
  }, [onStateChange, code, python, platform, step]);

  const marks: LineMarks = useMemo(() => {
    if (stale || !result) return { step: null, error: null };
    if (result.kind === 'refusal' || result.kind === 'compile-error') return { step: null, error: result.location?.line ?? null };
    const count = trace ? trace.steps.count : 0;
    if (!trace || count === 0) return { step: null, error: null };
    const current = trace.steps.line[Math.min(step, count - 1)];
    const last = trace.steps.line[count - 1];
    return { step: current > 0 ? current : null, error: trace.error && !trace.stoppedBy && last > 0 ? last : null };
  }, [stale, result, trace, step]);

  async function checkWithCPython() {
    const sameAsShown = sim.state.status === 'done' && !stale && python === ORACLE_PROFILE.python && platform === ORACLE_PROFILE.platform;
    const source = codeNow.current;
    if (!sameAsShown || source !== code) void oracleSim.run(source, ORACLE_PROFILE.python, ORACLE_PROFILE.platform);
    await oracle.check(source);
  }

  const simForOracle = (() => {
    const s = python === ORACLE_PROFILE.python && platform === ORACLE_PROFILE.platform && sim.state.status === 'done' && !stale ? sim.state : oracleSim.state;
    if (s.status !== 'done') return { unavailable: 'The simulator is still running…' };
    if (s.result.kind === 'compile-error') return { stdout: '', error: s.result.message } satisfies ComparedOutput;
    if (s.result.kind !== 'trace') return { unavailable: `The simulator did not produce output. ${s.result.message}` };
    const t = s.result.trace as Trace;
    return { stdout: t.stdout, error: t.error } satisfies ComparedOutput;
  })();

  const running = sim.state.status === 'running';
  const checking = oracle.state.status === 'checking';
  const button =
    'inline-flex items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
  const select =
    'rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

  return (
    <section ref={sectionRef} aria-label={cellLabel} className="memlab-cell not-prose @container my-6" data-testid="cell">
      <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-950">
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-3 py-2 dark:border-slate-700 dark:bg-slate-900" role="toolbar" aria-label="Cell controls">
          {/* Run stays put while a run is under way (it restarts with the code as it is now), and Stop
              appears beside it: a click meant for Run can never land on Stop when a cell starts
              running by itself as it scrolls into view. */}
          <button
            type="button"
            onClick={runByLearner}
            className="inline-flex items-center gap-1.5 rounded-lg bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-700 dark:hover:bg-sky-600"
            aria-keyshortcuts="Control+Enter Meta+Enter"
            data-testid="run"
          >
            <span aria-hidden="true">▶</span> Run
            <kbd className="hidden rounded bg-black/30 px-1 font-sans text-[0.7rem] font-medium sm:inline">Ctrl+Enter</kbd>
          </button>
          {running && (
            <button type="button" onClick={sim.stop} className={`${button} border-rose-400 text-rose-800 dark:border-rose-600 dark:text-rose-200`} data-testid="stop">
              <span aria-hidden="true">■</span> Stop
            </button>
          )}
          <label className="flex items-center gap-1 text-sm text-slate-700 dark:text-slate-300">
            <span>Python</span>
            <select value={python} onChange={(e) => setPython(e.target.value as PythonVersion)} className={select} data-testid="python-version">
              {PYTHON_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1 text-sm text-slate-700 dark:text-slate-300">
            <span className="sr-only @md:not-sr-only">Platform</span>
            <select value={platform} onChange={(e) => setPlatform(e.target.value as Platform)} className={select} data-testid="platform" aria-label="Platform">
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
          <div className="ml-auto flex flex-wrap items-center gap-2">
            {checking ? (
              <button type="button" onClick={oracle.stop} className={button} data-testid="oracle-stop">
                <span aria-hidden="true">■</span> Stop CPython
              </button>
            ) : (
              <button type="button" onClick={checkWithCPython} onPointerEnter={oracle.prepare} className={button} data-testid="check-cpython">
                Check with real CPython
              </button>
            )}
            <ShareButton state={() => ({ code, python, platform, step })} className={button} />
          </div>
        </div>

        <div className="grid @4xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
          <div className="min-w-0 border-slate-200 @4xl:border-r dark:border-slate-700">
            <Editor
              initialCode={props.code ?? ''}
              readOnly={readOnly}
              marks={marks}
              onChange={onEdit}
              onRun={runByLearner}
              label={`${cellLabel}, Python code${readOnly ? ' (read-only)' : ''}`}
              describedBy={keysId}
            />
            <p id={keysId} className="sr-only">
              Control+Enter runs the program. Press Escape, then Tab, to leave the editor.
            </p>
            <div className="space-y-2 border-t border-slate-200 p-3 dark:border-slate-700" aria-live="polite">
              {sim.state.status === 'idle' && (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  Run the program to see its output and step through its memory.
                </p>
              )}
              {running && <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="sim-running">Running in the simulator…</p>}
              {result && (
                <>
                  {stale && <p className="text-xs text-slate-600 dark:text-slate-400">The code has changed since this run. Run again to update.</p>}
                  <OutputPanel result={result} label="Program output" />
                  {trace && diagramTime !== null && (
                    <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="run-timing" data-ms={Math.round(diagramTime.ms)} data-run={diagramTime.n}>
                      {trace.steps.count} step{trace.steps.count === 1 ? '' : 's'} on CPython {python} ({platform === 'wasm32' ? 'wasm32' : '64-bit'}), drawn{' '}
                      {Math.round(diagramTime.ms)} ms after Run.
                    </p>
                  )}
                </>
              )}
              {output !== undefined && (
                <details className="text-sm">
                  <summary className="cursor-pointer text-slate-700 dark:text-slate-300">What CPython {python} printed</summary>
                  <pre className="mt-1 rounded-lg bg-slate-50 px-3 py-2 font-mono whitespace-pre-wrap dark:bg-slate-900">{output}</pre>
                </details>
              )}
            </div>
          </div>
          <div className="min-w-0 border-t border-slate-200 @4xl:border-t-0 dark:border-slate-700">
            {trace ? (
              <TraceExplorer trace={trace} step={Math.min(step, Math.max(0, trace.steps.count - 1))} onStep={setStep} stale={stale} />
            ) : (
              <EmptyDiagram running={running} />
            )}
          </div>
        </div>

        {oracle.state.status !== 'idle' && (
          <div className="border-t border-slate-200 p-3 dark:border-slate-700" aria-live="polite">
            {oracle.state.status === 'checking' && (
              <p className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300" data-testid="oracle-progress">
                <Spinner /> {oracle.state.progress}
              </p>
            )}
            {oracle.state.status === 'done' &&
              (oracle.state.outcome.kind === 'ok' ? (
                <>
                  <OracleCompare simulator={simForOracle} cpython={oracle.state.outcome.result} cpythonVersion={oracle.state.outcome.result.version} />
                  <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                    Ran in a fresh CPython {oracle.state.outcome.result.version.split(' ')[0]} interpreter in your browser
                    {` (interpreter loaded in ${(oracle.state.outcome.loadMs / 1000).toFixed(1)} s, program ran in ${oracle.state.outcome.runMs} ms)`}.
                    {oracle.state.source !== code ? ' The code has changed since.' : ''}
                  </p>
                </>
              ) : (
                <Problem testId="oracle-problem" title="CPython check" text={oracle.state.outcome.message} tone={oracle.state.outcome.kind === 'failed' ? 'error' : 'warn'} />
              ))}
          </div>
        )}
      </div>
    </section>
  );
}


function EmptyDiagram({ running }: { running: boolean }) {
  return (
    <div className="flex h-full min-h-40 items-center justify-center p-6 text-center text-sm text-slate-600 dark:text-slate-400">
      {running ? 'Building the memory diagram…' : 'The memory diagram appears here: names, objects, reference counts and who holds them, step by step.'}
    </div>
  );
}

function Spinner() {
  return <span aria-hidden="true" className="inline-block size-3.5 animate-spin rounded-full border-2 border-sky-600 border-t-transparent motion-reduce:animate-none" />;
}
