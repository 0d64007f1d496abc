// POST /api/a/<id>/submit {browserToken, attemptId, responses}: grades on the server and stores the
// attempt once; a repeated or racing submit returns the stored result.
import { getDb } from '@/lib/db';
import { admitLearner, failure, json } from '@/lib/assignments/http';
import { submitSchema } from '@/lib/assignments/schemas';
import { submitResponses } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admitted = await admitLearner(request, params, submitSchema, 'submit');
  if ('response' in admitted) return admitted.response;
  const { db } = await getDb();
  const result = await submitResponses(db, admitted.id, admitted.data, new Date());
  return result.ok ? json(result) : failure(result.error, 409);
}
