// POST /api/teach/check {program, ask, python, platform}: runs a custom question in the simulator
// and returns the answer it would be graded against, or why it cannot be used. Lets the instructor
// see the key before creating the assignment. Rate-limited: each call runs the simulator.
import { z } from 'zod';
import { customAnswerKey } from '@/lib/assignments/custom';
import { clientKey, json, limiters, readJson, tooMany } from '@/lib/assignments/http';
import { customQuestionInputSchema } from '@/lib/assignments/schemas';
import { simulate } from '@/lib/quiz/simulate';
import { PLATFORMS, PYTHON_VERSIONS } from '@/lib/share/schema';

export const dynamic = 'force-dynamic';

const checkSchema = customQuestionInputSchema.extend({ python: z.enum(PYTHON_VERSIONS), platform: z.enum(PLATFORMS) });

export async function POST(request: Request) {
  const key = `check:${clientKey(request)}`;
  if (!limiters().check.take(key)) return tooMany(limiters().check, key);
  const body = await readJson(request, checkSchema);
  if ('response' in body) return body.response;
  const { program, ask, python, platform } = body.data;
  const result = customAnswerKey(program, ask, { python, platform }, simulate);
  return json(result.ok ? { ok: true, value: { answerText: result.answerText } } : { ok: false, error: result.reason });
}
