// The data layer against a real engine: in-memory PGlite always, and PostgreSQL too when
// TEST_DATABASE_URL is set (CI starts one), each with the committed migrations applied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type OpenDb } from '@/lib/db/connect';
import {
  assignmentState, createAssignment, findAssignment, findAttempt, instructorMayView, listAttempts,
  questionStats, rotateInstructorSecret, startOrResumeAttempt, submitAttempt, type NewAssignment,
} from '@/lib/db/queries';

const backends: [string, () => Promise<OpenDb>][] = [['pglite', () => openPglite()]];
if (process.env.TEST_DATABASE_URL) backends.push(['postgres', () => openPostgres(process.env.TEST_DATABASE_URL!)]);

const base: NewAssignment = {
  title: 'Week 3: reference counts', instructions: 'No notes.', python: '3.12', platform: '64bit',
  pool: [{ source: 'bank', templateId: 'refcount-alias' }], questionCount: 1,
  opensAt: null, closesAt: null, attemptsAllowed: 1, reveal: 'after_submit',
};
const now = new Date('2026-11-21T12:00:00Z');
const plan = () => [{ source: 'bank' as const, templateId: 'refcount-alias', seed: 7 }];
const answer = (score: number, text: string) => ({
  position: 0, questionRef: 'refcount-alias', response: text, responseText: text, score, correct: score === 1,
});

describe.each(backends)('queries on %s', (_name, open) => {
  let handle: OpenDb;
  beforeAll(async () => {
    handle = await open();
    if (handle.kind === 'postgres') {
      await handle.db.execute(sql`truncate assignments cascade`);
    }
  });
  afterAll(async () => handle?.close());

  it('creates an assignment whose secret is shown once and stored hashed', async () => {
    const { id, instructorSecret } = await createAssignment(handle.db, base);
    expect(await findAssignment(handle.db, id)).toMatchObject({ title: base.title, questionCount: 1 });
    expect(await instructorMayView(handle.db, id, instructorSecret)).toBe(true);
    expect(await instructorMayView(handle.db, id, instructorSecret + 'x')).toBe(false);
    expect(await instructorMayView(handle.db, 'nope', instructorSecret)).toBe(false);
    const stored = await handle.db.execute(sql`select instructor_secret_hash from assignments where id = ${id}`);
    expect(JSON.stringify(stored)).not.toContain(instructorSecret);
  });

  it('rotates the secret so the old one stops working', async () => {
    const { id, instructorSecret } = await createAssignment(handle.db, base);
    expect(await rotateInstructorSecret(handle.db, id, 'wrong')).toBeNull();
    const fresh = await rotateInstructorSecret(handle.db, id, instructorSecret);
    expect(fresh).toBeTruthy();
    expect(await instructorMayView(handle.db, id, instructorSecret)).toBe(false);
    expect(await instructorMayView(handle.db, id, fresh!)).toBe(true);
  });

  it('resumes an unfinished attempt, enforces the limit and stores a double submit once', async () => {
    const { id } = await createAssignment(handle.db, base);
    const who = { assignmentId: id, browserToken: 'browser-a', displayName: 'Ada', studentId: null, now, plan };
    const first = await startOrResumeAttempt(handle.db, who);
    expect(first).toMatchObject({ ok: true, resumed: false });
    const again = await startOrResumeAttempt(handle.db, who);
    expect(again).toMatchObject({ ok: true, resumed: true });
    if (!first.ok) throw new Error('unreachable');
    const submit = { attemptId: first.attempt.id, browserToken: 'browser-a', now, graded: [answer(1, '3')] };
    const [a, b] = await Promise.all([submitAttempt(handle.db, submit), submitAttempt(handle.db, submit)]);
    expect([a, b].map((r) => r.ok && r.duplicate).sort()).toEqual([false, true]);
    const rows = await listAttempts(handle.db, id);
    expect(rows).toHaveLength(1);
    expect(rows[0].answers).toHaveLength(1);
    expect(rows[0].attempt.score).toBe(1);
    expect(await startOrResumeAttempt(handle.db, who)).toEqual({ ok: false, reason: 'no_attempts_left' });
    expect(await findAttempt(handle.db, first.attempt.id, 'browser-b')).toBeNull();
  });

  it('refuses attempts before opening and after closing', async () => {
    const { id } = await createAssignment(handle.db, {
      ...base, opensAt: new Date('2026-11-22T00:00:00Z'), closesAt: new Date('2026-11-23T00:00:00Z'),
    });
    const who = { assignmentId: id, browserToken: 't', displayName: 'Bo', studentId: 's1', plan };
    expect(await startOrResumeAttempt(handle.db, { ...who, now })).toEqual({ ok: false, reason: 'not_open' });
    const during = await startOrResumeAttempt(handle.db, { ...who, now: new Date('2026-11-22T10:00:00Z') });
    expect(during.ok).toBe(true);
    expect(await startOrResumeAttempt(handle.db, { ...who, now: new Date('2026-11-23T00:00:00Z') }))
      .toEqual({ ok: false, reason: 'closed' });
    if (!during.ok) throw new Error('unreachable');
    const late = await submitAttempt(handle.db, {
      attemptId: during.attempt.id, browserToken: 't', now: new Date('2026-11-24T00:00:00Z'), graded: [],
    });
    expect(late).toEqual({ ok: false, reason: 'closed' });
  });

  it('computes per-question statistics with the most common wrong answers', async () => {
    const { id } = await createAssignment(handle.db, { ...base, attemptsAllowed: null });
    const responses: [string, number, string][] = [['a', 1, '3'], ['b', 0, '30'], ['c', 0, '30'], ['d', 0, '2']];
    for (const [browser, score, text] of responses) {
      const started = await startOrResumeAttempt(handle.db, {
        assignmentId: id, browserToken: browser, displayName: browser, studentId: null, now, plan,
      });
      if (!started.ok) throw new Error('could not start');
      await submitAttempt(handle.db, { attemptId: started.attempt.id, browserToken: browser, now, graded: [answer(score, text)] });
    }
    const [stat] = await questionStats(handle.db, id);
    expect(stat).toMatchObject({ questionRef: 'refcount-alias', answered: 4, meanScore: 0.25 });
    expect(stat.commonWrong).toEqual([{ text: '30', times: 2 }, { text: '2', times: 1 }]);
  });
});

describe('assignmentState', () => {
  it('is open with no times set, and closed exactly at the close time', () => {
    expect(assignmentState({ opensAt: null, closesAt: null }, now)).toBe('open');
    expect(assignmentState({ opensAt: null, closesAt: now }, now)).toBe('closed');
    expect(assignmentState({ opensAt: new Date(now.getTime() + 1), closesAt: null }, now)).toBe('not_open');
  });
});
