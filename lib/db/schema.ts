// What only users create: assignments, their custom questions, attempts and answers.
// Lessons and quiz templates live in content/ and lib/quiz; a question in an attempt is stored as
// (template id, variant seed), so the server can regenerate it and its answer key at any time.
import { sql } from 'drizzle-orm';
import {
  boolean, check, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';

export type RevealPolicy = 'after_submit' | 'after_close' | 'never';

/** One entry of an assignment's question pool. */
export type QuestionSource =
  | { readonly source: 'bank'; readonly templateId: string }
  | { readonly source: 'custom'; readonly customId: string };

/** One question as an attempt received it. */
export type PlannedQuestion =
  | { readonly source: 'bank'; readonly templateId: string; readonly seed: number }
  | { readonly source: 'custom'; readonly customId: string };

export const assignments = pgTable('assignments', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  instructions: text('instructions').notNull().default(''),
  python: text('python').notNull(),
  platform: text('platform').notNull().default('64bit'),
  pool: jsonb('pool').$type<QuestionSource[]>().notNull(),
  questionCount: integer('question_count').notNull(),
  opensAt: timestamp('opens_at', { withTimezone: true }),
  closesAt: timestamp('closes_at', { withTimezone: true }),
  attemptsAllowed: integer('attempts_allowed'),
  reveal: text('reveal').$type<RevealPolicy>().notNull(),
  instructorSecretHash: text('instructor_secret_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check('question_count_positive', sql`${t.questionCount} > 0`),
  check('reveal_known', sql`${t.reveal} in ('after_submit', 'after_close', 'never')`),
]);

export const customQuestions = pgTable('custom_questions', {
  id: text('id').primaryKey(),
  assignmentId: text('assignment_id').notNull().references(() => assignments.id, { onDelete: 'cascade' }),
  /** The instructor's program, exactly as pasted. */
  program: text('program').notNull(),
  /** What is asked, e.g. { kind: 'number', line: 4 } — the shape is lib/quiz's, validated there. */
  question: jsonb('question').notNull(),
  /** Computed by the simulator when the question was saved; never sent to learners before they submit. */
  answerKey: jsonb('answer_key').notNull(),
  prompt: text('prompt').notNull(),
}, (t) => [index('custom_questions_assignment').on(t.assignmentId)]);

export const attempts = pgTable('attempts', {
  id: text('id').primaryKey(),
  assignmentId: text('assignment_id').notNull().references(() => assignments.id, { onDelete: 'cascade' }),
  /** 1 for a learner's first attempt in this browser, 2 for the next... */
  number: integer('number').notNull(),
  displayName: text('display_name').notNull(),
  studentId: text('student_id'),
  /** A random token kept in the learner's browser: how an interrupted attempt is found again. */
  browserToken: text('browser_token').notNull(),
  plan: jsonb('plan').$type<PlannedQuestion[]>().notNull(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  score: real('score'),
}, (t) => [
  index('attempts_assignment').on(t.assignmentId),
  uniqueIndex('attempts_browser_number').on(t.assignmentId, t.browserToken, t.number),
]);

export const answers = pgTable('answers', {
  attemptId: text('attempt_id').notNull().references(() => attempts.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  /** Template id or 'custom:<id>', for per-question statistics. */
  questionRef: text('question_ref').notNull(),
  response: jsonb('response').notNull(),
  /** The response as a short text, for "most common wrong answers". */
  responseText: text('response_text').notNull(),
  score: real('score').notNull(),
  correct: boolean('correct').notNull(),
}, (t) => [primaryKey({ columns: [t.attemptId, t.position] }), index('answers_question').on(t.questionRef)]);

export const schema = { assignments, customQuestions, attempts, answers };
