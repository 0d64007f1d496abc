'use server';
// What the quiz components may ask the server. Each action validates its input (zod, in the
// service) and returns plain data; answer keys and explanations leave only through answerAction.
import { answerQuestion, drawLessonQuiz, drawQuestion } from '@/lib/quiz/server';
import type { ActionResult, Feedback, QuestionView } from '@/lib/quiz/public-types';

export async function answerAction(input: unknown): Promise<ActionResult<Feedback>> {
  return answerQuestion(input);
}

export async function drawQuestionAction(input: unknown): Promise<ActionResult<QuestionView>> {
  return drawQuestion(input);
}

export async function drawLessonQuizAction(input: unknown): Promise<ActionResult<QuestionView[]>> {
  return drawLessonQuiz(input);
}
