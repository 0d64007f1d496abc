// The assignment operations end to end against a real engine (in-memory PGlite, and PostgreSQL
// when TEST_DATABASE_URL is set): create, start, submit twice, results, reveal policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type OpenDb } from '@/lib/db/connect';
import { countSubmissions } from '@/lib/db/queries';
import { simulate } from '@/lib/quiz/simulate';
import { createAssignmentSchema } from './schemas';
import { closeNow, createFromInput, instructorAttemptDetail, instructorResults, learnerStatus, startAttempt, submitResponses } from './service';

const backends: [string, () => Promise<OpenDb>][] = [['pglite', () => openPglite()]];
if (process.env.TEST_DATABASE_URL) backends.push(['postgres', () => openPostgres(process.env.TEST_DATABASE_URL!)]);

const input = (over: Record<string, unknown> = {}) => createAssignmentSchema.parse({
  title: 'Week 3', python: '3.12', templateIds: ['names-eq-vs-is', 'refcount-del-name'], bankQuestionCount: 2,
  customQuestions: [{ program: 'x = [1]\ny = x\nprint(x is y)\n', ask: { kind: 'boolean', line: 3 } }],
  attemptsAllowed: 2, reveal: 'after_submit', ...over,
});
const now = new Date();
const tokenA = 'browser-token-aaaaaaaa';
const tokenB = 'browser-token-bbbbbbbb';

describe.each(backends)('assignment service on %s', (_name, open) => {
  let handle: OpenDb;
  beforeAll(async () => { handle = await open(); });
  afterAll(async () => handle?.close());

  it('runs a whole assignment: no keys before submitting, one stored submission, statistics after', async () => {
    const created = await createFromInput(handle.db, input(), simulate);
    if (!created.ok) throw new Error(created.error);
    const { id } = created.value;
    const started = await startAttempt(handle.db, id, { browserToken: tokenA, displayName: '<b>Ada</b>', studentId: null }, now, 7);
    if (!started.ok) throw new Error(started.error);
    expect(started.value.questions).toHaveLength(3);
    const wire = JSON.stringify(started.value);
    expect(wire).not.toMatch(/answerKey|answerText|explanation/);
    expect(started.value.questions[2]).toMatchObject({ title: 'From your instructor', prompt: 'Does line 3 print True or False?' });

    // Resuming in the same browser gives the same questions.
    const again = await startAttempt(handle.db, id, { browserToken: tokenA, displayName: 'Ada', studentId: null }, now, 8);
    expect(again.ok && again.value.attemptId).toBe(started.value.attemptId);

    const submit = { browserToken: tokenA, attemptId: started.value.attemptId, responses: ['0', null, 'True'] };
    const [first, second] = await Promise.all([submitResponses(handle.db, id, submit, now), submitResponses(handle.db, id, submit, now)]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok) throw new Error(first.error);
    expect(first.value.outcomes?.[2]).toMatchObject({ correct: true, answerText: 'True', yourAnswer: 'True' });
    expect(await countSubmissions(handle.db, id)).toEqual({ attempts: 1, submitted: 1, answers: 3 });

    const wrongBrowser = await submitResponses(handle.db, id, { ...submit, browserToken: tokenB }, now);
    expect(wrongBrowser.ok).toBe(false);

    const results = await instructorResults(handle.db, id, now);
    expect(results?.attempts).toHaveLength(1);
    expect(results?.attempts[0]).toMatchObject({ displayName: '<b>Ada</b>', maxScore: 3 });
    expect(results?.questions.find((q) => q.ref.startsWith('custom:'))).toMatchObject({ answered: 1, meanScore: 1 });
    expect(results?.distribution.reduce((n, b) => n + b.count, 0)).toBe(1);
    const detail = await instructorAttemptDetail(handle.db, id, started.value.attemptId);
    expect(detail?.questions[2]).toMatchObject({ answerText: 'True', program: 'x = [1]\ny = x\nprint(x is y)\n' });

    const status = await learnerStatus(handle.db, id, tokenA, now);
    expect(status.ok && status.value).toMatchObject({ unfinished: null, attemptsLeft: 1 });
  });

  it('hides outcomes until the close time when asked to, and refuses after closing', async () => {
    const created = await createFromInput(handle.db, input({ reveal: 'after_close' }), simulate);
    if (!created.ok) throw new Error(created.error);
    const { id } = created.value;
    const started = await startAttempt(handle.db, id, { browserToken: tokenA, displayName: 'Ada', studentId: '1' }, now, 1);
    if (!started.ok) throw new Error(started.error);
    const done = await submitResponses(handle.db, id, { browserToken: tokenA, attemptId: started.value.attemptId, responses: ['1', '2', 'no'] }, now);
    expect(done.ok && done.value.outcomes).toBeNull();
    expect(done.ok && done.value.revealNote).toMatch(/after/);
    await closeNow(handle.db, id, new Date(now.getTime() + 1000));
    const later = new Date(now.getTime() + 2000);
    const refused = await startAttempt(handle.db, id, { browserToken: tokenB, displayName: 'Late', studentId: null }, later, 2);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/closed/) });
    const status = await learnerStatus(handle.db, id, tokenA, later);
    expect(status.ok && status.value.results[0].outcomes).toHaveLength(3);
  });

  it('refuses a custom question the simulator cannot answer, naming it', async () => {
    const bad = await createFromInput(handle.db, input({ customQuestions: [{ program: 'for i in range(2):\n    print(i)\n', ask: { kind: 'number', line: 2 } }] }), simulate);
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/Custom question 1 cannot be used: line 2 prints several different values/) });
  });
});
