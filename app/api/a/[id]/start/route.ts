// POST /api/a/<id>/start {browserToken, displayName, studentId?}: starts (or resumes) an attempt
// and returns its questions without answer keys.
import { randomInt } from 'node:crypto';
import { getDb } from '@/lib/db';
import { admitLearner, failure, json } from '@/lib/assignments/http';
import { startSchema } from '@/lib/assignments/schemas';
import { startAttempt } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admitted = await admitLearner(request, params, startSchema, 'start');
  if ('response' in admitted) return admitted.response;
  const { db } = await getDb();
  const started = await startAttempt(db, admitted.id, admitted.data, new Date(), randomInt(0, 2 ** 32 - 1));
  return started.ok ? json(started) : failure(started.error, 409);
}
