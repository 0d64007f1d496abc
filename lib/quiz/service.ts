// The quiz's server side: turn a variant reference (template, seed, version, platform) into a
// public question, and grade an answer by regenerating the variant, never by trusting the browser.
// Used by the 'use server' actions in app/quiz/actions.ts and by the quiz pages; no React here.
import { z } from 'zod';
import { listLessons } from '@/lib/content/lessons';
import { PLATFORMS, PYTHON_VERSIONS } from '@/lib/share/schema';
import { ALL_TEMPLATES, findTemplate } from './bank';
import { grade, responseSchema } from './grade';
import { highlightPython } from './highlight';
import { seedSchema, templateIdSchema, variantRefSchema } from './links';
import type { ActionResult, Feedback, QuestionView, TemplateSummary, VariantRef } from './public-types';
import { simulate } from './simulate';
import { TOPICS, type QuizTemplate, type Target, type Topic } from './template';
import { makeVariant, type Question, type Variant, type VariantResult } from './variant';

export const answerRequestSchema = variantRefSchema.extend({ response: responseSchema });

const topicSchema = z.enum(Object.keys(TOPICS) as [Topic, ...Topic[]]);
const lessonSlugSchema = z.string().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/);

export const drawRequestSchema = z.object({
  /** Same template, new seed ("Try another variant"); otherwise a template chosen by the filters. */
  templateId: templateIdSchema.optional(),
  lesson: lessonSlugSchema.optional(),
  topic: topicSchema.optional(),
  /** Templates to avoid if any other fits (the one just answered). */
  avoid: z.array(templateIdSchema).max(100).optional(),
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS),
});
export type DrawRequest = z.infer<typeof drawRequestSchema>;

export const lessonQuizRequestSchema = z.object({
  lesson: lessonSlugSchema,
  count: z.number().int().min(1).max(20),
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS),
});

// ---- templates and lessons ----

export function templateSummaries(): TemplateSummary[] {
  return ALL_TEMPLATES.map((t) => ({ id: t.id, title: t.title, lesson: t.lesson, topic: t.topic, python: t.python ? [...t.python] : null }));
}

function fitsTarget(template: QuizTemplate, target: Target): boolean {
  return !template.python || template.python.includes(target.python);
}

let lessonTitles: Map<string, string> | null = null;

/** A lesson's title from content/lessons, or its slug in words if the lesson is not written yet. */
export function lessonTitle(slug: string): string {
  if (!lessonTitles) {
    try {
      lessonTitles = new Map(listLessons().map((lesson) => [lesson.slug, lesson.title]));
    } catch {
      lessonTitles = new Map();
    }
  }
  const title = lessonTitles.get(slug);
  if (title) return title;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---- variants ----

/** Variants are deterministic, so a small cache makes "answer the question just drawn" cheap. */
const CACHE_LIMIT = 300;
const variantCache = new Map<string, VariantResult>();

export function variantFor(template: QuizTemplate, seed: number, target: Target): VariantResult {
  const key = `${template.id}|${seed}|${target.python}|${target.platform}`;
  const cached = variantCache.get(key);
  if (cached) return cached;
  let result: VariantResult;
  try {
    result = makeVariant(template, seed, target, simulate);
  } catch (error) {
    // A simulator or template bug must not take the page down; the caller offers another question.
    result = { ok: false, reason: `${template.id}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (variantCache.size >= CACHE_LIMIT) variantCache.delete(variantCache.keys().next().value!);
  variantCache.set(key, result);
  return result;
}

/** The lines a question is about: the line it reads output from, or the lines its prompt names. */
export function askedLines(question: Question): number[] {
  const lineCount = question.program.replace(/\n$/, '').split('\n').length;
  const inRange = (n: number) => n >= 1 && n <= lineCount;
  if (question.ask.kind === 'number' || question.ask.kind === 'boolean') return inRange(question.ask.line) ? [question.ask.line] : [];
  const named = [...question.prompt.matchAll(/\blines? (\d+)\b/gi)].map((m) => Number(m[1]));
  return [...new Set(named)].filter(inRange).sort((a, b) => a - b);
}

export async function questionView(template: QuizTemplate, variant: Variant): Promise<QuestionView> {
  const q = variant.question;
  // Built field by field from the public Question: the answer key and explanation stay behind.
  return {
    templateId: q.templateId,
    title: q.title,
    lesson: template.lesson,
    lessonTitle: lessonTitle(template.lesson),
    topic: template.topic,
    topicLabel: TOPICS[template.topic],
    seed: q.seed,
    python: q.target.python,
    platform: q.target.platform,
    program: q.program,
    lines: await highlightPython(q.program),
    prompt: q.prompt,
    ask: q.ask,
    askedLines: askedLines(q),
  };
}

/** The first step of the run at `line` (0-based), where the explanation cell opens; 0 if none. */
export function focusStep(program: string, target: Target, line: number): number {
  const key = `${target.python}|${target.platform}|${line}|${program}`;
  const cached = focusCache.get(key);
  if (cached !== undefined) return cached;
  const run = simulate(program, target);
  const index = 'refusal' in run ? -1 : run.steps.line.indexOf(line);
  const step = index < 0 ? 0 : index;
  if (focusCache.size >= CACHE_LIMIT) focusCache.delete(focusCache.keys().next().value!);
  focusCache.set(key, step);
  return step;
}
const focusCache = new Map<string, number>();

export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

function fail<T>(error: string): ActionResult<T> {
  return { ok: false, error };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'request'}: ${issue.message}` : 'invalid request';
}

// ---- the three things the browser can ask for ----

/** The exact question a variant link names. */
export async function loadQuestion(input: unknown): Promise<ActionResult<QuestionView>> {
  const parsed = variantRefSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const ref: VariantRef = parsed.data;
  const template = findTemplate(ref.templateId);
  if (!template) return fail(`There is no question called “${ref.templateId}”.`);
  if (!fitsTarget(template, ref)) return fail(`This question is not about Python ${ref.python}.`);
  const result = variantFor(template, ref.seed, ref);
  if (!result.ok) return fail('This variant cannot be generated. Try another one.');
  return { ok: true, value: await questionView(template, result.variant) };
}

/** A new question: another variant of one template, or a template the filters allow. */
export async function drawQuestion(input: unknown): Promise<ActionResult<QuestionView>> {
  const parsed = drawRequestSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const request = parsed.data;
  const target: Target = { python: request.python, platform: request.platform };
  let pool: QuizTemplate[];
  if (request.templateId) {
    const template = findTemplate(request.templateId);
    if (!template) return fail(`There is no question called “${request.templateId}”.`);
    pool = [template];
  } else {
    pool = ALL_TEMPLATES.filter(
      (t) => fitsTarget(t, target) && (!request.lesson || t.lesson === request.lesson) && (!request.topic || t.topic === request.topic),
    );
    const fresh = pool.filter((t) => !request.avoid?.includes(t.id));
    if (fresh.length > 0) pool = fresh;
  }
  if (pool.length === 0) return fail('No question matches these filters for this Python version.');
  // A template may fail for a seed range (it rejects its drafts); try a few before giving up.
  for (let attempt = 0; attempt < 6; attempt++) {
    const template = pool[Math.floor(Math.random() * pool.length)];
    if (!fitsTarget(template, target)) return fail(`This question is not about Python ${target.python}.`);
    const result = variantFor(template, randomSeed(), target);
    if (result.ok) return { ok: true, value: await questionView(template, result.variant) };
  }
  return fail('Could not generate a question right now. Try again.');
}

/** `count` questions for the end of a lesson, each from a different template while they last. */
export async function drawLessonQuiz(input: unknown): Promise<ActionResult<QuestionView[]>> {
  const parsed = lessonQuizRequestSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const { lesson, count, python, platform } = parsed.data;
  const target: Target = { python, platform };
  const templates = ALL_TEMPLATES.filter((t) => t.lesson === lesson && fitsTarget(t, target));
  if (templates.length === 0) return fail('This lesson has no quiz questions for this Python version yet.');
  const order = shuffled(templates);
  const questions: QuestionView[] = [];
  for (let i = 0, tries = 0; questions.length < count && tries < count * 4; tries++, i++) {
    const template = order[i % order.length];
    const result = variantFor(template, randomSeed(), target);
    if (result.ok) questions.push(await questionView(template, result.variant));
  }
  if (questions.length === 0) return fail('Could not generate the quiz right now. Try again.');
  return { ok: true, value: questions };
}

/** Grades an answer: regenerates the variant from its reference and grades against its key. */
export function answerQuestion(input: unknown): ActionResult<Feedback> {
  const parsed = answerRequestSchema.safeParse(input);
  if (!parsed.success) return fail(firstIssue(parsed.error));
  const { response, ...ref } = parsed.data;
  const template = findTemplate(ref.templateId);
  if (!template) return fail(`There is no question called “${ref.templateId}”.`);
  if (!fitsTarget(template, ref)) return fail(`This question is not about Python ${ref.python}.`);
  const result = variantFor(template, ref.seed, ref);
  if (!result.ok) return fail('This variant cannot be generated, so it cannot be graded.');
  const { variant } = result;
  const mark = grade(variant.answerKey, response);
  return {
    ok: true,
    value: {
      correct: mark.correct,
      score: mark.score,
      ...(mark.problem ? { problem: mark.problem } : {}),
      answerText: variant.answerText,
      explanation: variant.explanation,
      focusLine: variant.question.focusLine,
      focusStep: focusStep(variant.question.program, ref, variant.question.focusLine),
    },
  };
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export { seedSchema };
