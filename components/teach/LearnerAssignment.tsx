'use client';
// A learner's side of an assignment: give a name, answer every question, submit once. A random
// token in localStorage identifies this browser, so an interrupted attempt (closed tab, lost
// connection) resumes with its answers; a retried submit is stored once on the server.
import { useEffect, useState } from 'react';
import { AnswerInput } from '@/components/quiz/AnswerInput';
import { ProgramView } from '@/components/quiz/ProgramView';
import { emptyResponse, missingPart } from '@/components/quiz/response';
import { quizButton } from '@/components/quiz/styles';
import { LIMITS } from '@/lib/assignments/limits';
import type { ApiResult, AssignmentSummary, AttemptResult, AttemptView, LearnerStatus } from '@/lib/assignments/types';
import type { LearnerResponse } from '@/lib/quiz/public-types';
import { AttemptResultView } from './AttemptResultView';
import { formatDateTime, stateBadge, ui } from './ui';

const TOKEN_KEY = 'memlab:browser-token';
const NAME_KEY = 'memlab:learner-name';
const responsesKey = (attemptId: string) => `memlab:responses:${attemptId}`;

function browserToken(): string {
  let token = localStorage.getItem(TOKEN_KEY);
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    localStorage.setItem(TOKEN_KEY, token);
  }
  return token;
}

async function call<T>(url: string, body: unknown): Promise<ApiResult<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });
  try {
    return (await response.json()) as ApiResult<T>;
  } catch {
    return { ok: false, error: `The server answered ${response.status}. Try again in a moment.` };
  }
}

function savedResponses(attempt: AttemptView): LearnerResponse[] | null {
  try {
    const saved = JSON.parse(localStorage.getItem(responsesKey(attempt.attemptId)) ?? 'null') as { r: LearnerResponse[] } | null;
    return saved && Array.isArray(saved.r) && saved.r.length === attempt.questions.length ? saved.r : null;
  } catch {
    return null; // a damaged draft is simply ignored
  }
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'start'; results: readonly AttemptResult[]; attemptsLeft: number | null }
  | { kind: 'answering'; attempt: AttemptView }
  | { kind: 'done'; results: readonly AttemptResult[]; attemptsLeft: number | null };

export function LearnerAssignment({ summary }: { summary: AssignmentSummary }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    call<LearnerStatus>(`/api/a/${summary.id}/status`, { browserToken: browserToken() })
      .then((result) => {
        if (cancelled) return;
        if (!result.ok) return setError(result.error);
        const s = result.value;
        if (s.unfinished) setPhase({ kind: 'answering', attempt: s.unfinished });
        else if (s.results.length > 0) setPhase({ kind: 'done', results: s.results, attemptsLeft: s.attemptsLeft });
        else setPhase({ kind: 'start', results: [], attemptsLeft: s.attemptsLeft });
      })
      .catch(() => !cancelled && setError('Could not reach the server. Check your connection and reload.'));
    return () => {
      cancelled = true;
    };
  }, [summary.id]);

  const badge = stateBadge[summary.state];
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">Assignment</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 dark:text-white" data-testid="assignment-title">{summary.title}</h1>
          <span className={`${ui.badge} ${badge.className}`}>{badge.label}</span>
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {summary.questionCount} {summary.questionCount === 1 ? 'question' : 'questions'} about Python {summary.python}{summary.platform === 'wasm32' ? ' on wasm32 (Pyodide)' : ''}
          {summary.closesAt ? ` · closes ${formatDateTime(summary.closesAt)}` : ''}
          {summary.attemptsAllowed ? ` · ${summary.attemptsAllowed} ${summary.attemptsAllowed === 1 ? 'attempt' : 'attempts'}` : ''}
        </p>
        {summary.instructions && <p className="mt-4 whitespace-pre-line text-slate-800 dark:text-slate-200" data-testid="assignment-instructions">{summary.instructions}</p>}
      </header>

      {error && <p role="alert" className={`${ui.card} ${ui.error}`} data-testid="learner-error">{error}</p>}
      {phase.kind === 'loading' && !error && <p className="text-slate-700 dark:text-slate-300">Loading…</p>}
      {(phase.kind === 'start' || phase.kind === 'done') && (
        <>
          {phase.results.map((r) => <AttemptResultView key={r.attemptId} result={r} />)}
          {summary.state === 'closed' ? (
            <p className={`${ui.card} text-slate-800 dark:text-slate-200`} data-testid="assignment-closed">This assignment is closed, so it no longer accepts answers. Thank you!</p>
          ) : summary.state === 'not_open' ? (
            <p className={`${ui.card} text-slate-800 dark:text-slate-200`} data-testid="assignment-not-open">This assignment opens {formatDateTime(summary.opensAt)}. Come back then.</p>
          ) : phase.attemptsLeft === 0 ? (
            <p className={`${ui.card} text-slate-800 dark:text-slate-200`} data-testid="no-attempts-left">You have used all your attempts.</p>
          ) : (
            <StartForm summary={summary} again={phase.results.length > 0} onStarted={(attempt) => setPhase({ kind: 'answering', attempt })} onError={setError} />
          )}
        </>
      )}
      {phase.kind === 'answering' && (
        <AttemptForm summary={summary} attempt={phase.attempt} onError={setError} onDone={(result) => {
          setPhase((p) => ({ kind: 'done', results: [...(p.kind === 'done' ? p.results : []), result], attemptsLeft: null }));
          // Refresh the status so "attempts left" is exact.
          void call<LearnerStatus>(`/api/a/${summary.id}/status`, { browserToken: browserToken() }).then((s) => {
            if (s.ok) setPhase({ kind: 'done', results: s.value.results, attemptsLeft: s.value.attemptsLeft });
          });
        }} />
      )}
    </div>
  );
}

function StartForm({ summary, again, onStarted, onError }: { summary: AssignmentSummary; again: boolean; onStarted(a: AttemptView): void; onError(e: string | null): void }) {
  // Rendered only in the browser (after the status call), so localStorage is there.
  const [name, setName] = useState(() => localStorage.getItem(NAME_KEY) ?? '');
  const [studentId, setStudentId] = useState('');
  const [pending, setPending] = useState(false);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (!name.trim()) return onError('Enter your name first.');
    setPending(true);
    onError(null);
    try {
      localStorage.setItem(NAME_KEY, name.trim());
      const result = await call<AttemptView>(`/api/a/${summary.id}/start`, { browserToken: browserToken(), displayName: name.trim(), studentId: studentId.trim() || undefined });
      if (result.ok) onStarted(result.value);
      else onError(result.error);
    } catch {
      onError('Could not reach the server. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={start} className={`${ui.card} space-y-4`} aria-labelledby="start-heading" data-testid="start-form">
      <h2 id="start-heading" className={ui.h2}>{again ? 'Try again' : 'Before you start'}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="display-name" className={ui.label}>Your name</label>
          <input id="display-name" required maxLength={LIMITS.displayName} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} className={ui.input} data-testid="display-name" />
          <p className={ui.hint}>Your instructor sees this next to your answers.</p>
        </div>
        <div>
          <label htmlFor="student-id" className={ui.label}>Student id <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span></label>
          <input id="student-id" maxLength={LIMITS.studentId} autoComplete="off" value={studentId} onChange={(e) => setStudentId(e.target.value)} className={ui.input} data-testid="student-id" />
        </div>
      </div>
      <button type="submit" className={quizButton.primary} disabled={pending} data-testid="start-attempt">{pending ? 'Starting…' : 'Start'}</button>
    </form>
  );
}

function AttemptForm({ summary, attempt, onDone, onError }: { summary: AssignmentSummary; attempt: AttemptView; onDone(r: AttemptResult): void; onError(e: string | null): void }) {
  // Answers typed before an interruption come back (rendered only in the browser, after the status call).
  const [responses, setResponses] = useState<LearnerResponse[]>(() => savedResponses(attempt) ?? attempt.questions.map((q) => emptyResponse(q.ask)));
  const [confirmIncomplete, setConfirmIncomplete] = useState(false);
  const [pending, setPending] = useState(false);

  function update(i: number, value: LearnerResponse) {
    const r = responses.map((x, j) => (j === i ? value : x));
    setResponses(r);
    setConfirmIncomplete(false);
    localStorage.setItem(responsesKey(attempt.attemptId), JSON.stringify({ r }));
  }

  const missing = attempt.questions.map((q, i) => missingPart(q.ask, responses[i]));
  const unanswered = missing.filter((m) => m !== null).length;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (unanswered > 0 && !confirmIncomplete) return setConfirmIncomplete(true);
    setPending(true);
    onError(null);
    const body = {
      browserToken: browserToken(), attemptId: attempt.attemptId,
      responses: attempt.questions.map((_, i) => (missing[i] === null ? responses[i] : null)),
    };
    // Retried on network failure: the server stores one submission however many arrive.
    for (let tries = 0; tries < 3; tries++) {
      try {
        const result = await call<AttemptResult>(`/api/a/${summary.id}/submit`, body);
        setPending(false);
        if (!result.ok) return onError(result.error);
        localStorage.removeItem(responsesKey(attempt.attemptId));
        return onDone(result.value);
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 1000 * (tries + 1)));
      }
    }
    setPending(false);
    onError('Your answers could not be sent. They are saved in this browser: check your connection and press Submit again.');
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate data-testid="attempt-form">
      <p className="text-sm text-slate-700 dark:text-slate-300">Answering as <strong>{attempt.displayName}</strong>{attempt.number > 1 ? ` (attempt ${attempt.number})` : ''}. Your answers are kept in this browser until you submit.</p>
      {attempt.questions.map((q, i) => (
        <fieldset key={q.position} className={`${ui.card} min-w-0`} data-testid="assignment-question" data-kind={q.ask.kind}>
          <legend className="sr-only">Question {i + 1} of {attempt.questions.length}</legend>
          <p className="text-xs font-semibold text-sky-800 dark:text-sky-300">Question {i + 1} of {attempt.questions.length} · {q.title}</p>
          <h2 className="mt-1 mb-4 text-xl font-bold text-slate-900 dark:text-white" id={`q${i}-prompt`}>{q.prompt}</h2>
          <ProgramView lines={q.lines} askedLines={q.askedLines} label={`Program for question ${i + 1}`} />
          <div className="mt-4">
            <AnswerInput ask={q.ask} prompt={q.prompt} response={responses[i]} onChange={(value) => update(i, value)} disabled={pending} idPrefix={`q${i}`} />
          </div>
        </fieldset>
      ))}
      <div className={`${ui.card} flex flex-wrap items-center gap-4`}>
        <button type="submit" className={quizButton.primary} disabled={pending} data-testid="submit-attempt">
          {pending ? 'Submitting…' : confirmIncomplete ? `Submit with ${unanswered} unanswered` : 'Submit answers'}
        </button>
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {confirmIncomplete ? `${unanswered} ${unanswered === 1 ? 'question has' : 'questions have'} no answer and will score 0. Press again to submit anyway.` : `${attempt.questions.length - unanswered} of ${attempt.questions.length} answered. You can submit once.`}
        </p>
      </div>
    </form>
  );
}
