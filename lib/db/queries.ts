// Every database operation the app performs. Each takes the database as an argument and knows
// nothing about requests, so tests run them against an in-memory PGlite and PostgreSQL alike.
// Inputs arrive here already validated (zod, in the actions); these functions enforce the rules
// that need the stored state: open/close times, attempt limits, one submission per attempt.
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from './connect';
import {
  answers, assignments, attempts, customQuestions,
  type PlannedQuestion, type QuestionSource, type RevealPolicy,
} from './schema';
import { hashSecret, randomToken, secretMatches } from './secrets';

export interface NewAssignment {
  readonly title: string;
  readonly instructions: string;
  readonly python: string;
  readonly platform: string;
  readonly pool: readonly QuestionSource[];
  readonly questionCount: number;
  readonly opensAt: Date | null;
  readonly closesAt: Date | null;
  readonly attemptsAllowed: number | null;
  readonly reveal: RevealPolicy;
}

export interface NewCustomQuestion {
  readonly id: string;
  readonly program: string;
  readonly question: unknown;
  readonly answerKey: unknown;
  readonly prompt: string;
}

export type Assignment = Omit<typeof assignments.$inferSelect, 'instructorSecretHash'>;
export type Attempt = typeof attempts.$inferSelect;
export type AssignmentState = 'not_open' | 'open' | 'closed';

export function assignmentState(a: Pick<Assignment, 'opensAt' | 'closesAt'>, now: Date): AssignmentState {
  if (a.opensAt && now < a.opensAt) return 'not_open';
  if (a.closesAt && now >= a.closesAt) return 'closed';
  return 'open';
}

/** Creates an assignment; the instructor secret is returned once and only its hash is kept. */
export async function createAssignment(
  db: Db, input: NewAssignment, customs: readonly NewCustomQuestion[] = [],
): Promise<{ id: string; instructorSecret: string }> {
  const id = randomToken(8);
  const instructorSecret = randomToken(24);
  await db.transaction(async (tx) => {
    await tx.insert(assignments).values({
      id, ...input, pool: [...input.pool], instructorSecretHash: hashSecret(instructorSecret),
    });
    if (customs.length) {
      await tx.insert(customQuestions).values(customs.map((c) => ({ ...c, assignmentId: id })));
    }
  });
  return { id, instructorSecret };
}

const publicColumns = {
  id: assignments.id, title: assignments.title, instructions: assignments.instructions,
  python: assignments.python, platform: assignments.platform, pool: assignments.pool,
  questionCount: assignments.questionCount, opensAt: assignments.opensAt, closesAt: assignments.closesAt,
  attemptsAllowed: assignments.attemptsAllowed, reveal: assignments.reveal, createdAt: assignments.createdAt,
};

export async function findAssignment(db: Db, id: string): Promise<Assignment | null> {
  const rows = await db.select(publicColumns).from(assignments).where(eq(assignments.id, id));
  return rows[0] ?? null;
}

/** True only for the right secret of an existing assignment. */
export async function instructorMayView(db: Db, id: string, secret: string): Promise<boolean> {
  const rows = await db.select({ hash: assignments.instructorSecretHash }).from(assignments)
    .where(eq(assignments.id, id));
  return rows.length === 1 && secretMatches(secret, rows[0].hash);
}

/** Replaces the instructor secret; the old one stops working. Null if `secret` is wrong. */
export async function rotateInstructorSecret(db: Db, id: string, secret: string): Promise<string | null> {
  if (!(await instructorMayView(db, id, secret))) return null;
  const fresh = randomToken(24);
  await db.update(assignments).set({ instructorSecretHash: hashSecret(fresh) }).where(eq(assignments.id, id));
  return fresh;
}

export async function findCustomQuestions(db: Db, assignmentId: string) {
  return db.select().from(customQuestions).where(eq(customQuestions.assignmentId, assignmentId))
    .orderBy(asc(customQuestions.id));
}

export type StartResult =
  | { readonly ok: true; readonly attempt: Attempt; readonly resumed: boolean }
  | { readonly ok: false; readonly reason: 'not_found' | 'not_open' | 'closed' | 'no_attempts_left' };

/**
 * Resumes this browser's unfinished attempt, or starts a new one if the assignment is open and
 * the browser has attempts left. `plan` builds the questions from a fresh seed.
 */
export async function startOrResumeAttempt(db: Db, args: {
  readonly assignmentId: string;
  readonly browserToken: string;
  readonly displayName: string;
  readonly studentId: string | null;
  readonly now: Date;
  readonly plan: (assignment: Assignment) => PlannedQuestion[];
}): Promise<StartResult> {
  const assignment = await findAssignment(db, args.assignmentId);
  if (!assignment) return { ok: false, reason: 'not_found' };
  const state = assignmentState(assignment, args.now);
  if (state !== 'open') return { ok: false, reason: state };
  return db.transaction(async (tx) => {
    const mine = await tx.select().from(attempts)
      .where(and(eq(attempts.assignmentId, assignment.id), eq(attempts.browserToken, args.browserToken)))
      .orderBy(asc(attempts.number));
    const unfinished = mine.find((a) => a.submittedAt === null);
    if (unfinished) return { ok: true as const, attempt: unfinished, resumed: true };
    if (assignment.attemptsAllowed !== null && mine.length >= assignment.attemptsAllowed) {
      return { ok: false as const, reason: 'no_attempts_left' as const };
    }
    const [attempt] = await tx.insert(attempts).values({
      id: randomToken(12), assignmentId: assignment.id, number: mine.length + 1,
      displayName: args.displayName, studentId: args.studentId, browserToken: args.browserToken,
      plan: args.plan(assignment),
    }).returning();
    return { ok: true as const, attempt, resumed: false };
  });
}

export async function findAttempt(db: Db, attemptId: string, browserToken: string): Promise<Attempt | null> {
  const rows = await db.select().from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.browserToken, browserToken)));
  return rows[0] ?? null;
}

export interface GradedAnswer {
  readonly position: number;
  readonly questionRef: string;
  readonly response: unknown;
  readonly responseText: string;
  readonly score: number;
  readonly correct: boolean;
}

export type SubmitResult =
  | { readonly ok: true; readonly attempt: Attempt; readonly duplicate: boolean }
  | { readonly ok: false; readonly reason: 'not_found' | 'closed' };

/**
 * Stores a graded submission exactly once: the attempt row is claimed with a conditional update,
 * so a double click, a retry or two racing requests leave one set of answers and the first score.
 */
export async function submitAttempt(db: Db, args: {
  readonly attemptId: string;
  readonly browserToken: string;
  readonly now: Date;
  readonly graded: readonly GradedAnswer[];
}): Promise<SubmitResult> {
  const existing = await findAttempt(db, args.attemptId, args.browserToken);
  if (!existing) return { ok: false, reason: 'not_found' };
  if (existing.submittedAt) return { ok: true, attempt: existing, duplicate: true };
  const assignment = await findAssignment(db, existing.assignmentId);
  if (!assignment || assignmentState(assignment, args.now) === 'closed') return { ok: false, reason: 'closed' };
  const score = args.graded.reduce((sum, g) => sum + g.score, 0);
  return db.transaction(async (tx) => {
    const claimed = await tx.update(attempts).set({ submittedAt: args.now, score })
      .where(and(eq(attempts.id, args.attemptId), isNull(attempts.submittedAt))).returning();
    if (claimed.length === 0) {
      const [stored] = await tx.select().from(attempts).where(eq(attempts.id, args.attemptId));
      return { ok: true as const, attempt: stored, duplicate: true };
    }
    if (args.graded.length) {
      await tx.insert(answers).values(args.graded.map((g) => ({ ...g, attemptId: args.attemptId })))
        .onConflictDoNothing();
    }
    return { ok: true as const, attempt: claimed[0], duplicate: false };
  });
}

export async function listAttempts(db: Db, assignmentId: string) {
  const rows = await db.select().from(attempts).where(eq(attempts.assignmentId, assignmentId))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  const marks = await db.select().from(answers)
    .innerJoin(attempts, eq(answers.attemptId, attempts.id))
    .where(eq(attempts.assignmentId, assignmentId))
    .orderBy(asc(answers.attemptId), asc(answers.position));
  const byAttempt = new Map<string, (typeof answers.$inferSelect)[]>();
  for (const { answers: a } of marks) {
    const list = byAttempt.get(a.attemptId) ?? [];
    list.push(a);
    byAttempt.set(a.attemptId, list);
  }
  return rows.map((attempt) => ({ attempt, answers: byAttempt.get(attempt.id) ?? [] }));
}

export interface QuestionStat {
  readonly questionRef: string;
  readonly answered: number;
  readonly meanScore: number;
  readonly commonWrong: readonly { readonly text: string; readonly times: number }[];
}

/** Per question: how many answered, the mean score, and the three most frequent wrong answers. */
export async function questionStats(db: Db, assignmentId: string): Promise<QuestionStat[]> {
  const inAssignment = and(eq(attempts.assignmentId, assignmentId));
  const totals = await db.select({
    questionRef: answers.questionRef,
    answered: count(),
    meanScore: sql<number>`avg(${answers.score})::float8`,
  }).from(answers).innerJoin(attempts, eq(answers.attemptId, attempts.id))
    .where(inAssignment).groupBy(answers.questionRef).orderBy(asc(answers.questionRef));
  const wrong = await db.select({
    questionRef: answers.questionRef, text: answers.responseText, times: count(),
  }).from(answers).innerJoin(attempts, eq(answers.attemptId, attempts.id))
    .where(and(inAssignment, eq(answers.correct, false)))
    .groupBy(answers.questionRef, answers.responseText)
    .orderBy(asc(answers.questionRef), sql`count(*) desc`, asc(answers.responseText));
  return totals.map((t) => ({
    ...t,
    meanScore: Number(t.meanScore),
    commonWrong: wrong.filter((w) => w.questionRef === t.questionRef).slice(0, 3)
      .map(({ text, times }) => ({ text, times })),
  }));
}

// ---- added for the assignment pages (issue 5) ----

/** This browser's attempts at an assignment, oldest first. */
export async function attemptsForBrowser(db: Db, assignmentId: string, browserToken: string): Promise<Attempt[]> {
  return db.select().from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.browserToken, browserToken)))
    .orderBy(asc(attempts.number));
}

/** An attempt by id alone: for the instructor, who has already proved the secret. */
export async function findAttemptById(db: Db, assignmentId: string, attemptId: string): Promise<Attempt | null> {
  const rows = await db.select().from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignmentId)));
  return rows[0] ?? null;
}

export async function answersForAttempt(db: Db, attemptId: string) {
  return db.select().from(answers).where(eq(answers.attemptId, attemptId)).orderBy(asc(answers.position));
}

/** Sets the close time to `now` ("stop accepting answers"); an earlier close time is kept. */
export async function closeAssignment(db: Db, id: string, now: Date): Promise<void> {
  await db.update(assignments).set({ closesAt: now })
    .where(and(eq(assignments.id, id), sql`(${assignments.closesAt} is null or ${assignments.closesAt} > ${now.toISOString()})`));
}

/** Row counts for the load benchmark's exactly-once check. */
export async function countSubmissions(db: Db, assignmentId: string): Promise<{ attempts: number; submitted: number; answers: number }> {
  const [a] = await db.select({ n: count(), submitted: sql<number>`count(${attempts.submittedAt})::int` })
    .from(attempts).where(eq(attempts.assignmentId, assignmentId));
  const [b] = await db.select({ n: count() }).from(answers).innerJoin(attempts, eq(answers.attemptId, attempts.id))
    .where(eq(attempts.assignmentId, assignmentId));
  return { attempts: Number(a.n), submitted: Number(a.submitted), answers: Number(b.n) };
}
