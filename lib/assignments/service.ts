// The assignment feature's operations, between the HTTP routes (which parse and rate-limit) and
// lib/db (which enforces stored-state rules). Every function takes the database and "now", so the
// tests run them against in-memory PGlite with any clock.
import type { Db } from '@/lib/db/connect';
import {
  answersForAttempt, assignmentState, attemptsForBrowser, closeAssignment, createAssignment, findAssignment,
  findAttempt, findAttemptById, findCustomQuestions, listAttempts, questionStats, startOrResumeAttempt, submitAttempt,
  type Assignment, type Attempt,
} from '@/lib/db/queries';
import type { PlannedQuestion, QuestionSource } from '@/lib/db/schema';
import { randomToken } from '@/lib/db/secrets';
import { findTemplate } from '@/lib/quiz/bank';
import type { Response } from '@/lib/quiz/grade';
import type { Target } from '@/lib/quiz/template';
import type { Simulate } from '@/lib/quiz/variant';
import { customAnswerKey, defaultCustomPrompt } from './custom';
import { gradeSubmission, responseText } from './grading';
import { planQuestions, questionRef } from './plan';
import { bankVariantUsable, CUSTOM_TITLE, learnerQuestion, resolveQuestion, type ResolvedQuestion, type StoredCustom } from './questions';
import type { CreateAssignmentInput } from './schemas';
import type {
  ApiResult, AssignmentSummary, AttemptDetailView, AttemptResult, AttemptView, LearnerStatus, ResultsAttempt, ResultsView,
} from './types';

const fail = <T>(error: string): ApiResult<T> => ({ ok: false, error });

export function targetOf(a: Pick<Assignment, 'python' | 'platform'>): Target {
  return { python: a.python as Target['python'], platform: a.platform as Target['platform'] };
}

export function summarize(a: Assignment, now: Date): AssignmentSummary {
  return {
    id: a.id, title: a.title, instructions: a.instructions, python: a.python, platform: a.platform,
    questionCount: a.questionCount, opensAt: a.opensAt?.toISOString() ?? null, closesAt: a.closesAt?.toISOString() ?? null,
    attemptsAllowed: a.attemptsAllowed, reveal: a.reveal, state: assignmentState(a, now),
  };
}

// ---- creating ----

export async function createFromInput(
  db: Db, input: CreateAssignmentInput, simulate: Simulate,
): Promise<ApiResult<{ id: string; instructorSecret: string }>> {
  const target: Target = { python: input.python, platform: input.platform };
  const templateIds = [...new Set(input.templateIds)];
  for (const id of templateIds) {
    const template = findTemplate(id);
    if (!template) return fail(`There is no bank question called “${id}”.`);
    if (template.python && !template.python.includes(target.python)) {
      return fail(`“${template.title}” is not about Python ${target.python}; remove it or choose another version.`);
    }
  }
  const customs = [];
  for (const [i, c] of input.customQuestions.entries()) {
    const key = customAnswerKey(c.program, c.ask, target, simulate);
    if (!key.ok) return fail(`Custom question ${i + 1} cannot be used: ${key.reason}.`);
    customs.push({
      id: `${String(i + 1).padStart(2, '0')}-${randomToken(4)}`, program: c.program, question: c.ask,
      answerKey: key.answerKey, prompt: c.prompt || defaultCustomPrompt(c.ask),
    });
  }
  const pool: QuestionSource[] = [
    ...templateIds.map((templateId) => ({ source: 'bank' as const, templateId })),
    ...customs.map((c) => ({ source: 'custom' as const, customId: c.id })),
  ];
  const created = await createAssignment(db, {
    title: input.title, instructions: input.instructions, python: input.python, platform: input.platform, pool,
    questionCount: input.bankQuestionCount + customs.length, opensAt: input.opensAt, closesAt: input.closesAt,
    attemptsAllowed: input.attemptsAllowed, reveal: input.reveal,
  }, customs);
  return { ok: true, value: created };
}

// ---- learners ----

async function resolvedPlan(db: Db, a: Assignment, plan: readonly PlannedQuestion[]): Promise<(ResolvedQuestion | null)[]> {
  const customs: StoredCustom[] = plan.some((q) => q.source === 'custom') ? await findCustomQuestions(db, a.id) : [];
  return plan.map((q) => resolveQuestion(q, targetOf(a), customs));
}

async function attemptView(db: Db, a: Assignment, attempt: Attempt): Promise<AttemptView> {
  const resolved = await resolvedPlan(db, a, attempt.plan);
  const questions = await Promise.all(resolved.map((q, i) => (q ? learnerQuestion(i, q) : null)));
  return {
    attemptId: attempt.id, number: attempt.number, displayName: attempt.displayName,
    questions: questions.filter((q): q is NonNullable<typeof q> => q !== null),
  };
}

function mayReveal(a: Assignment, now: Date): boolean {
  return a.reveal === 'after_submit' || (a.reveal === 'after_close' && assignmentState(a, now) === 'closed');
}

function revealNote(a: Assignment, now: Date): string | null {
  if (mayReveal(a, now)) return null;
  if (a.reveal === 'never') return 'Your instructor has chosen not to show the answers.';
  return a.closesAt
    ? `Answers will be shown here after the assignment closes (${a.closesAt.toISOString()}).`
    : 'Answers will be shown here after your instructor closes the assignment.';
}

async function attemptResult(db: Db, a: Assignment, attempt: Attempt, now: Date): Promise<AttemptResult> {
  const reveal = mayReveal(a, now);
  let outcomes: AttemptResult['outcomes'] = null;
  if (reveal) {
    const [resolved, stored] = await Promise.all([resolvedPlan(db, a, attempt.plan), answersForAttempt(db, attempt.id)]);
    outcomes = stored.map((row) => {
      const q = resolved[row.position];
      return {
        position: row.position, title: q?.title ?? 'Question', prompt: q?.prompt ?? '', yourAnswer: row.responseText,
        score: row.score, correct: row.correct, answerText: q?.answerText ?? '?', explanation: q?.explanation ?? '',
      };
    });
  }
  return {
    attemptId: attempt.id, number: attempt.number, score: attempt.score ?? 0, maxScore: attempt.plan.length,
    submittedAt: (attempt.submittedAt ?? now).toISOString(), outcomes, revealNote: revealNote(a, now),
  };
}

const REFUSALS: Record<string, string> = {
  not_found: 'This assignment link is not valid. Check the link with your instructor.',
  not_open: 'This assignment is not open yet.',
  closed: 'This assignment is closed, so it no longer accepts answers.',
  no_attempts_left: 'You have used all the attempts allowed for this assignment.',
};

export async function learnerStatus(db: Db, assignmentId: string, browserToken: string, now: Date): Promise<ApiResult<LearnerStatus>> {
  const a = await findAssignment(db, assignmentId);
  if (!a) return fail(REFUSALS.not_found);
  const mine = await attemptsForBrowser(db, a.id, browserToken);
  const open = mine.find((m) => m.submittedAt === null);
  const submitted = mine.filter((m) => m.submittedAt !== null);
  return {
    ok: true,
    value: {
      unfinished: open && assignmentState(a, now) === 'open' ? await attemptView(db, a, open) : null,
      results: await Promise.all(submitted.map((m) => attemptResult(db, a, m, now))),
      attemptsLeft: a.attemptsAllowed === null ? null : Math.max(0, a.attemptsAllowed - mine.length),
    },
  };
}

export async function startAttempt(db: Db, assignmentId: string, input: {
  browserToken: string; displayName: string; studentId: string | null;
}, now: Date, attemptSeed: number): Promise<ApiResult<AttemptView>> {
  const a = await findAssignment(db, assignmentId);
  if (!a) return fail(REFUSALS.not_found);
  const state = assignmentState(a, now);
  if (state !== 'open') return fail(REFUSALS[state]);
  const target = targetOf(a);
  const plan = planQuestions({
    assignmentId: a.id, pool: a.pool, questionCount: a.questionCount, seed: attemptSeed,
    usable: (templateId, seed) => bankVariantUsable(templateId, seed, target),
  });
  if (plan.length === 0) return fail('This assignment has no questions that can be generated right now.');
  const started = await startOrResumeAttempt(db, { assignmentId: a.id, ...input, now, plan: () => plan });
  if (!started.ok) return fail(REFUSALS[started.reason]);
  return { ok: true, value: await attemptView(db, a, started.attempt) };
}

export async function submitResponses(db: Db, assignmentId: string, input: {
  browserToken: string; attemptId: string; responses: readonly (Response | null)[];
}, now: Date): Promise<ApiResult<AttemptResult>> {
  const attempt = await findAttempt(db, input.attemptId, input.browserToken);
  if (!attempt || attempt.assignmentId !== assignmentId) return fail('This attempt was not found in this browser.');
  const a = await findAssignment(db, assignmentId);
  if (!a) return fail(REFUSALS.not_found);
  if (attempt.submittedAt) return { ok: true, value: await attemptResult(db, a, attempt, now) };
  const resolved = await resolvedPlan(db, a, attempt.plan);
  const gradable = attempt.plan.map((q, i) => {
    const r = resolved[i];
    return r ? { ref: questionRef(q), ask: r.ask, answerKey: r.answerKey } : null;
  });
  if (gradable.some((g) => g === null)) return fail('A question of this attempt can no longer be generated, so it cannot be graded. Tell your instructor.');
  const graded = gradeSubmission(gradable as NonNullable<(typeof gradable)[number]>[], input.responses);
  const stored = await submitAttempt(db, { attemptId: attempt.id, browserToken: input.browserToken, now, graded });
  if (!stored.ok) return fail(REFUSALS[stored.reason]);
  return { ok: true, value: await attemptResult(db, a, stored.attempt, now) };
}

// ---- instructors (the caller has checked the secret) ----

function refTitle(ref: string, customs: readonly StoredCustom[]): string {
  if (ref.startsWith('custom:')) {
    const c = customs.find((x) => `custom:${x.id}` === ref);
    return c ? `${CUSTOM_TITLE}: ${c.prompt}` : 'Custom question';
  }
  return findTemplate(ref)?.title ?? ref;
}

/** Score bands of 10 % (the last one includes full marks). */
export function scoreDistribution(scores: readonly number[], maxScores: readonly number[]): { label: string; count: number }[] {
  const bands = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`, count: 0 }));
  scores.forEach((s, i) => {
    const share = maxScores[i] > 0 ? s / maxScores[i] : 0;
    bands[Math.min(9, Math.max(0, Math.floor(share * 10 + 1e-9)))].count++;
  });
  return bands;
}

function resultsAttempt(attempt: Attempt, answers: readonly { position: number; score: number }[]): ResultsAttempt {
  const marks: (number | null)[] = attempt.plan.map(() => null);
  for (const row of answers) if (row.position < marks.length) marks[row.position] = row.score;
  return {
    id: attempt.id, number: attempt.number, displayName: attempt.displayName, studentId: attempt.studentId,
    startedAt: attempt.startedAt.toISOString(), submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: attempt.score, maxScore: attempt.plan.length, marks,
  };
}

export async function instructorResults(db: Db, assignmentId: string, now: Date): Promise<ResultsView | null> {
  const a = await findAssignment(db, assignmentId);
  if (!a) return null;
  const [rows, stats, customs] = await Promise.all([listAttempts(db, a.id), questionStats(db, a.id), findCustomQuestions(db, a.id)]);
  const attempts = rows.map((r) => resultsAttempt(r.attempt, r.answers));
  const submitted = attempts.filter((x) => x.submittedAt !== null);
  return {
    assignment: summarize(a, now),
    attempts,
    questions: stats.map((s) => ({ ref: s.questionRef, title: refTitle(s.questionRef, customs), answered: s.answered, meanScore: s.meanScore, commonWrong: s.commonWrong })),
    distribution: scoreDistribution(submitted.map((x) => x.score ?? 0), submitted.map((x) => x.maxScore)),
    generatedAt: now.toISOString(),
  };
}

export async function instructorAttemptDetail(db: Db, assignmentId: string, attemptId: string): Promise<AttemptDetailView | null> {
  const a = await findAssignment(db, assignmentId);
  const attempt = a ? await findAttemptById(db, assignmentId, attemptId) : null;
  if (!a || !attempt) return null;
  const [resolved, stored] = await Promise.all([resolvedPlan(db, a, attempt.plan), answersForAttempt(db, attempt.id)]);
  return {
    attempt: resultsAttempt(attempt, stored),
    questions: resolved.map((q, position) => {
      const row = stored.find((s) => s.position === position);
      return {
        position, title: q?.title ?? 'Question', prompt: q?.prompt ?? '(could not be regenerated)', program: q?.program ?? '',
        askedLines: q?.askedLines ?? [], yourAnswer: row ? row.responseText : '', score: row?.score ?? 0,
        correct: row?.correct ?? false, answerText: q?.answerText ?? '?', explanation: q?.explanation ?? '',
      };
    }),
  };
}

export async function closeNow(db: Db, assignmentId: string, now: Date): Promise<void> {
  await closeAssignment(db, assignmentId, now);
}

export { responseText };
