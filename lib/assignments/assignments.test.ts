import { describe, expect, it } from 'vitest';
import { findTemplate } from '@/lib/quiz/bank';
import { simulate } from '@/lib/quiz/simulate';
import { makeVariant } from '@/lib/quiz/variant';
import { csvCell, resultsCsv } from './csv';
import { customAnswerKey } from './custom';
import { gradeSubmission, responseText } from './grading';
import { LIMITS } from './limits';
import { planQuestions, VARIANTS_PER_TEMPLATE } from './plan';
import { createRateLimiter } from './rate-limit';
import { createAssignmentSchema, startSchema, submitSchema } from './schemas';

const target = { python: '3.12', platform: '64bit' } as const;

const validCreate = {
  title: 'Week 3', instructions: '', python: '3.12', platform: '64bit', templateIds: ['refcount-del-name'],
  bankQuestionCount: 2, customQuestions: [], opensAt: null, closesAt: null, attemptsAllowed: 1, reveal: 'after_submit',
};

describe('schemas', () => {
  it('accepts a well-formed assignment and refuses oversize or inconsistent ones', () => {
    expect(createAssignmentSchema.safeParse(validCreate).success).toBe(true);
    expect(createAssignmentSchema.safeParse({ ...validCreate, title: 'x'.repeat(LIMITS.title + 1) }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, title: '   ' }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, templateIds: [], bankQuestionCount: 3 }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, bankQuestionCount: 0 }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, python: '2.7' }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, templateIds: ['<script>'] }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({
      ...validCreate, opensAt: '2026-11-22T10:00:00Z', closesAt: '2026-11-22T09:00:00Z',
    }).success).toBe(false);
    const custom = { program: 'print(1)\n', ask: { kind: 'number', line: 1 } };
    expect(createAssignmentSchema.safeParse({ ...validCreate, customQuestions: [custom] }).success).toBe(true);
    expect(createAssignmentSchema.safeParse({ ...validCreate, customQuestions: [{ ...custom, program: 'x\n'.repeat(LIMITS.customProgramLines + 1) }] }).success).toBe(false);
    expect(createAssignmentSchema.safeParse({ ...validCreate, customQuestions: Array(LIMITS.customQuestions + 1).fill(custom) }).success).toBe(false);
  });

  it('keeps names on one line and bounds every learner input', () => {
    const token = 'a'.repeat(20);
    expect(startSchema.safeParse({ browserToken: token, displayName: 'Ada <b>' }).success).toBe(true);
    expect(startSchema.safeParse({ browserToken: token, displayName: 'Ada\nEvil' }).success).toBe(false);
    expect(startSchema.safeParse({ browserToken: token, displayName: 'x'.repeat(LIMITS.displayName + 1) }).success).toBe(false);
    expect(startSchema.safeParse({ browserToken: 'short', displayName: 'Ada' }).success).toBe(false);
    expect(startSchema.parse({ browserToken: token, displayName: ' Ada ', studentId: '' })).toEqual({ browserToken: token, displayName: 'Ada', studentId: null });
    expect(submitSchema.safeParse({ browserToken: token, attemptId: 'abcdef', responses: Array(LIMITS.questionCount + 1).fill('1') }).success).toBe(false);
    expect(submitSchema.safeParse({ browserToken: token, attemptId: 'abcdef', responses: ['x'.repeat(201)] }).success).toBe(false);
  });
});

describe('planQuestions', () => {
  const pool = [
    { source: 'bank' as const, templateId: 'a' }, { source: 'bank' as const, templateId: 'b' },
    { source: 'bank' as const, templateId: 'c' }, { source: 'custom' as const, customId: 'k' },
  ];
  it('is deterministic per attempt seed and differs between seeds', () => {
    const one = planQuestions({ assignmentId: 'asg1', pool, questionCount: 4, seed: 42 });
    expect(planQuestions({ assignmentId: 'asg1', pool, questionCount: 4, seed: 42 })).toEqual(one);
    expect(planQuestions({ assignmentId: 'asg1', pool, questionCount: 4, seed: 43 })).not.toEqual(one);
    expect(one).toHaveLength(4);
    expect(one[3]).toEqual({ source: 'custom', customId: 'k' });
    expect(new Set(one.slice(0, 3).map((q) => (q.source === 'bank' ? q.templateId : '')))).toEqual(new Set(['a', 'b', 'c']));
  });
  it('draws seeds from a fixed set per template and assignment, so variants are shared and cached', () => {
    const seeds = new Set<number>();
    for (let s = 0; s < 400; s++) {
      for (const q of planQuestions({ assignmentId: 'asg1', pool: pool.slice(0, 1), questionCount: 1, seed: s })) if (q.source === 'bank') seeds.add(q.seed);
    }
    expect(seeds.size).toBeGreaterThan(VARIANTS_PER_TEMPLATE / 2);
    expect(seeds.size).toBeLessThanOrEqual(VARIANTS_PER_TEMPLATE);
    const other = planQuestions({ assignmentId: 'asg2', pool: pool.slice(0, 1), questionCount: 1, seed: 0 })[0];
    expect(other.source === 'bank' && seeds.has(other.seed)).toBe(false);
  });
  it('skips seeds the simulator cannot use and repeats templates only when asked for more', () => {
    const plan = planQuestions({ assignmentId: 'asg1', pool: pool.slice(0, 2), questionCount: 5, seed: 1, usable: (id, seed) => id === 'a' || seed % 2 === 0 });
    expect(plan).toHaveLength(5);
    for (const q of plan) if (q.source === 'bank' && q.templateId === 'b') expect(q.seed % 2).toBe(0);
    expect(planQuestions({ assignmentId: 'asg1', pool: pool.slice(0, 1), questionCount: 3, seed: 1, usable: () => false })).toEqual([]);
  });
});

describe('custom question answer keys come from the simulator', () => {
  it('computes number and True/False keys', () => {
    expect(customAnswerKey('import sys\nx = []\ny = x\nprint(sys.getrefcount(x))\n', { kind: 'number', line: 4 }, target, simulate))
      .toMatchObject({ ok: true, answerKey: { kind: 'number', value: '3' } });
    expect(customAnswerKey('x = [1]\ny = x\nprint(x is y)\n', { kind: 'boolean', line: 3 }, target, simulate))
      .toMatchObject({ ok: true, answerKey: { kind: 'boolean', value: true } });
  });
  it.each([
    ['import socket\nprint(1)\n', 'number', 2, /does not support/],
    ['raise ValueError("no")\n', 'number', 1, /raises an error/],
    ['x = 1\nprint(x)\n', 'number', 1, /prints nothing/],
    ['for i in range(3):\n    print(i)\n', 'number', 2, /several different values/],
    ['print("hi")\n', 'number', 1, /not a whole number/],
    ['print(3)\n', 'boolean', 1, /not True or False/],
    ['print(3)\n', 'number', 9, /no line 9/],
    ['while True:\n    pass\n', 'number', 2, /did not finish/],
  ] as const)('refuses %j with a reason', (program, kind, line, reason) => {
    const result = customAnswerKey(program, { kind, line }, target, simulate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('gradeSubmission', () => {
  it('grades against keys the simulator computed, and scores missing responses 0', () => {
    const template = findTemplate('refcount-del-name') ?? findTemplate('names-eq-vs-is');
    expect(template).toBeDefined();
    let variant = null;
    for (let seed = 1; seed < 50 && !variant; seed++) {
      const made = makeVariant(template!, seed, target, simulate);
      if (made.ok) variant = made.variant;
    }
    expect(variant).not.toBeNull();
    const q = { ref: template!.id, ask: variant!.question.ask, answerKey: variant!.answerKey };
    const right = variant!.answerText;
    const [good, empty] = gradeSubmission([q, q], [right, null]);
    expect(good).toMatchObject({ position: 0, score: 1, correct: true, questionRef: template!.id });
    expect(empty).toMatchObject({ position: 1, score: 0, correct: false, responseText: '' });
  });
  it('stores canonical response text for statistics', () => {
    expect(responseText({ kind: 'number', line: 1 }, ' +1_000 ')).toBe('1000');
    expect(responseText({ kind: 'boolean', line: 1 }, 'yes')).toBe('True');
    expect(responseText({ kind: 'choice', options: [{ id: 'a', label: 'Alpha' }] }, 'a')).toBe('Alpha');
  });
});

describe('CSV', () => {
  it('quotes separators, quotes and newlines, and defuses formulas', () => {
    expect(csvCell('Ada')).toBe('Ada');
    expect(csvCell('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const lead of ['+', '-', '@']) expect(csvCell(`${lead}1`)).toBe(`'${lead}1`);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });
  it('writes one row per attempt with per-question marks', () => {
    const csv = resultsCsv([
      { id: 'a', number: 1, displayName: '=cmd', studentId: null, startedAt: 's', submittedAt: 't', score: 1.5, maxScore: 2, marks: [1, 0.5] },
      { id: 'b', number: 1, displayName: 'Bo', studentId: '7', startedAt: 's', submittedAt: null, score: null, maxScore: 2, marks: [null, null] },
    ]);
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'name,student_id,attempt,started_at,submitted_at,score,max_score,q1,q2',
      "'=cmd,,1,s,t,1.5,2,1,0.5",
      'Bo,7,1,s,,,2,,',
    ]);
  });
});

describe('rate limiter', () => {
  it('allows `limit` calls per window per key, then refuses until the window passes', () => {
    const limiter = createRateLimiter(2, 1000);
    expect([limiter.take('a', 0), limiter.take('a', 10), limiter.take('a', 20)]).toEqual([true, true, false]);
    expect(limiter.take('b', 20)).toBe(true);
    expect(limiter.retryAfter('a', 500)).toBe(1);
    expect(limiter.take('a', 1000)).toBe(true);
  });
  it('does not grow without bound', () => {
    const limiter = createRateLimiter(1, 1000, 3);
    expect(['a', 'b', 'c', 'd'].map((k) => limiter.take(k, 0))).toEqual([true, true, true, false]);
    expect(limiter.take('d', 1000)).toBe(true);
  });
});
