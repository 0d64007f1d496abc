// What the browser may send, validated with zod before anything else looks at it. Every string has
// a maximum length and every list a maximum size (see limits.ts).
import { z } from 'zod';
import { responseSchema } from '@/lib/quiz/grade';
import { templateIdSchema } from '@/lib/quiz/links';
import { PLATFORMS, PYTHON_VERSIONS } from '@/lib/share/schema';
import { LIMITS } from './limits';

/** Text without control characters other than newline and tab (names end up in tables and CSV). */
const plainText = (max: number) =>
  z.string().max(max).refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), 'contains control characters');
const oneLine = (max: number) =>
  z.string().trim().max(max).refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be a single line of text');

const isoDate = z.string().max(40).datetime({ offset: true }).transform((s) => new Date(s));

export const customAskSchema = z.object({
  kind: z.enum(['number', 'boolean']),
  line: z.number().int().min(1).max(LIMITS.customProgramLines),
});
export type CustomAsk = z.infer<typeof customAskSchema>;

export const customQuestionInputSchema = z.object({
  program: plainText(LIMITS.customProgramChars)
    .refine((s) => s.trim().length > 0, 'the program is empty')
    .refine((s) => s.replace(/\n$/, '').split('\n').length <= LIMITS.customProgramLines, `at most ${LIMITS.customProgramLines} lines`),
  ask: customAskSchema,
  /** Optional wording; "What does line N print?" when empty. */
  prompt: oneLine(LIMITS.customPrompt).optional(),
});
export type CustomQuestionInput = z.infer<typeof customQuestionInputSchema>;

export const revealSchema = z.enum(['after_submit', 'after_close', 'never']);

export const createAssignmentSchema = z.object({
  title: oneLine(LIMITS.title).refine((s) => s.length > 0, 'give the assignment a title'),
  instructions: plainText(LIMITS.instructions).default(''),
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS).default('64bit'),
  templateIds: z.array(templateIdSchema).max(LIMITS.poolTemplates).default([]),
  /** Questions drawn from the chosen templates for each learner (custom questions come on top). */
  bankQuestionCount: z.number().int().min(0).max(LIMITS.questionCount),
  customQuestions: z.array(customQuestionInputSchema).max(LIMITS.customQuestions).default([]),
  opensAt: isoDate.nullable().default(null),
  closesAt: isoDate.nullable().default(null),
  attemptsAllowed: z.number().int().min(1).max(LIMITS.attemptsAllowed).nullable(),
  reveal: revealSchema,
}).superRefine((v, ctx) => {
  if (v.bankQuestionCount > 0 && v.templateIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['templateIds'], message: 'choose at least one question from the bank, or set the number of bank questions to 0' });
  }
  if (v.bankQuestionCount + v.customQuestions.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['bankQuestionCount'], message: 'the assignment needs at least one question' });
  }
  if (v.bankQuestionCount + v.customQuestions.length > LIMITS.questionCount) {
    ctx.addIssue({ code: 'custom', path: ['bankQuestionCount'], message: `at most ${LIMITS.questionCount} questions in all` });
  }
  if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'the close time must be after the open time' });
  }
});
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

/** Link ids and tokens are base64url. */
export const idSchema = z.string().min(4).max(32).regex(/^[A-Za-z0-9_-]+$/);
export const browserTokenSchema = z.string().min(16).max(LIMITS.browserToken).regex(/^[A-Za-z0-9_-]+$/);
export const secretSchema = z.string().min(16).max(LIMITS.secret).regex(/^[A-Za-z0-9_-]+$/);

export const startSchema = z.object({
  browserToken: browserTokenSchema,
  displayName: oneLine(LIMITS.displayName).refine((s) => s.length > 0, 'enter your name'),
  studentId: oneLine(LIMITS.studentId).optional().transform((s) => (s ? s : null)),
});

export const resumeSchema = z.object({ browserToken: browserTokenSchema });

export const submitSchema = z.object({
  browserToken: browserTokenSchema,
  attemptId: idSchema,
  /** One response per question, in the order the questions were given. */
  responses: z.array(responseSchema.nullable()).max(LIMITS.questionCount),
});

export const attemptDetailSchema = z.object({ attemptId: idSchema });

/** The first problem in words, for an error message a person can act on. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
