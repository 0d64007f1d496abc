'use client';
// The instructor's results page: attempts, per-question statistics, the score distribution, one
// attempt in detail, CSV export, and controls (close now, replace the private link). Refreshes
// every few seconds while the tab is visible, so results arrive as the class submits.
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { quizButton } from '@/components/quiz/styles';
import type { ApiResult, AttemptDetailView, ResultsView } from '@/lib/assignments/types';
import { AttemptDetail } from './AttemptDetail';
import { AttemptsTable } from './AttemptsTable';
import { CopyField } from './CopyField';
import { instructorLink } from './CreatedLinks';
import { QuestionStatsTable } from './QuestionStatsTable';
import { ScoreChart } from './ScoreChart';
import { formatDateTime, percent, REVEAL_LABELS, stateBadge, ui } from './ui';
import { useInstructorKey, useOrigin } from './useInstructorKey';

const POLL_MS = 4000;

async function post<T>(url: string, key: string, body?: unknown): Promise<ApiResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'x-instructor-key': key, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  });
  return (await response.json()) as ApiResult<T>;
}

export function InstructorResults({ id }: { id: string }) {
  const { key, ready, replace } = useInstructorKey();
  const [results, setResults] = useState<ResultsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [detail, setDetail] = useState<AttemptDetailView | null>(null);
  const [rotated, setRotated] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'close' | 'rotate' | null>(null);
  const origin = useOrigin();
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (!key || inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await post<ResultsView>(`/api/teach/${id}/results`, key);
      if (result.ok) {
        setResults(result.value);
        setError(null);
      } else {
        setResults(null);
        setError(result.error);
      }
    } catch {
      setError('Could not reach the server; retrying.');
    } finally {
      inFlight.current = false;
    }
  }, [id, key]);

  useEffect(() => {
    if (!key) return;
    const first = setTimeout(() => void refresh(), 0);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, refresh]);

  async function showDetail(attemptId: string) {
    if (!key) return;
    const result = await post<AttemptDetailView>(`/api/teach/${id}/attempt`, key, { attemptId });
    if (result.ok) setDetail(result.value);
    else setError(result.error);
  }

  async function closeNow() {
    if (!key) return;
    setConfirming(null);
    const result = await post<null>(`/api/teach/${id}/close`, key);
    if (!result.ok) setError(result.error);
    await refresh();
  }

  async function rotate() {
    if (!key) return;
    setConfirming(null);
    const result = await post<{ instructorSecret: string }>(`/api/teach/${id}/rotate`, key);
    if (!result.ok) return setError(result.error);
    replace(result.value.instructorSecret);
    setRotated(result.value.instructorSecret);
  }

  if (!ready) return <p className="text-slate-700 dark:text-slate-300">Loading…</p>;
  if (!key || (error && !results)) {
    return (
      <section className={ui.card} data-testid="results-denied">
        <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Results are private</h1>
        <p role="alert" className="mt-2 text-slate-700 dark:text-slate-300">
          {key ? error : 'Open this page with your private results link (the one ending in #key=…) that you saved when you created the assignment.'}
        </p>
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          Lost the link? It cannot be recovered: <Link href="/teach" className={quizButton.link}>create a new assignment</Link>.
        </p>
      </section>
    );
  }
  if (!results) return <p className="text-slate-700 dark:text-slate-300">Loading results…</p>;

  const a = results.assignment;
  const submitted = results.attempts.filter((x) => x.submittedAt !== null);
  const inProgress = results.attempts.length - submitted.length;
  const mean = submitted.length ? submitted.reduce((n, x) => n + (x.score ?? 0) / Math.max(1, x.maxScore), 0) / submitted.length : null;
  const badge = stateBadge[a.state];

  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">Results</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 dark:text-white" data-testid="results-title">{a.title}</h1>
          <span className={`${ui.badge} ${badge.className}`} data-testid="assignment-state">{badge.label}</span>
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Python {a.python}{a.platform === 'wasm32' ? ' (wasm32)' : ''} · {a.questionCount} questions · {a.attemptsAllowed ?? 'unlimited'} {a.attemptsAllowed === 1 ? 'attempt' : 'attempts'} ·
          opens {formatDateTime(a.opensAt)} · closes {formatDateTime(a.closesAt)} · answers shown: {REVEAL_LABELS[a.reveal].toLowerCase()}
        </p>
      </header>

      <section className={`${ui.card} space-y-4`} aria-label="Links and controls">
        <CopyField label="Learners’ link" value={`${origin}/a/${a.id}`} testId="results-learner-link" />
        {rotated && (
          <div className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950/40">
            <CopyField label="Your new private link: the old one no longer works" value={instructorLink(origin, a.id, rotated)} testId="rotated-link" hint="Save it now; it is shown only once." />
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <form method="post" action={`/api/teach/${a.id}/csv`}>
            <input type="hidden" name="key" value={key} />
            <button type="submit" className={quizButton.primary} data-testid="download-csv">Download CSV</button>
          </form>
          {a.state !== 'closed' && (confirming === 'close' ? (
            <span className="flex items-center gap-2 text-sm">
              Stop accepting answers now?
              <button type="button" className={quizButton.secondary} onClick={closeNow} data-testid="confirm-close">Yes, close</button>
              <button type="button" className={quizButton.link} onClick={() => setConfirming(null)}>Cancel</button>
            </span>
          ) : (
            <button type="button" className={quizButton.secondary} onClick={() => setConfirming('close')} data-testid="close-now">Close now</button>
          ))}
          {confirming === 'rotate' ? (
            <span className="flex items-center gap-2 text-sm">
              The current private link will stop working.
              <button type="button" className={quizButton.secondary} onClick={rotate} data-testid="confirm-rotate">Replace it</button>
              <button type="button" className={quizButton.link} onClick={() => setConfirming(null)}>Cancel</button>
            </span>
          ) : (
            <button type="button" className={quizButton.secondary} onClick={() => setConfirming('rotate')} data-testid="rotate">Replace private link</button>
          )}
        </div>
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-label="Summary">
        {[
          ['Submitted', String(submitted.length), 'count-submitted'],
          ['In progress', String(inProgress), 'count-in-progress'],
          ['Average score', mean === null ? '—' : percent(mean), 'average-score'],
        ].map(([label, value, testId]) => (
          <div key={label} className={ui.card}>
            <p className="text-sm text-slate-700 dark:text-slate-300">{label}</p>
            <p className="mt-1 text-3xl font-bold text-slate-900 tabular-nums dark:text-white" data-testid={testId}>{value}</p>
          </div>
        ))}
      </section>
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite" aria-atomic="true">
        {submitted.length} submitted. Updates every few seconds; last at {new Date(results.generatedAt).toLocaleTimeString()}.
      </p>

      <section className={ui.card} aria-labelledby="attempts-heading">
        <h2 id="attempts-heading" className={ui.h2}>Attempts</h2>
        <AttemptsTable attempts={results.attempts} onShow={showDetail} selected={detail?.attempt.id ?? null} />
      </section>

      {detail && <AttemptDetail detail={detail} onClose={() => setDetail(null)} />}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section className={ui.card} aria-labelledby="distribution-heading">
          <h2 id="distribution-heading" className={`${ui.h2} mb-4`}>Score distribution</h2>
          <ScoreChart bands={results.distribution} />
        </section>
        <section className={ui.card} aria-labelledby="questions-heading">
          <h2 id="questions-heading" className={ui.h2}>Questions</h2>
          <QuestionStatsTable questions={results.questions} />
        </section>
      </div>
    </div>
  );
}
