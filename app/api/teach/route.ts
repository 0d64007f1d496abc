// POST /api/teach: create an assignment. Returns its id and the instructor secret, once.
import { getDb } from '@/lib/db';
import { clientKey, failure, json, limiters, readJson, tooMany } from '@/lib/assignments/http';
import { createAssignmentSchema } from '@/lib/assignments/schemas';
import { createFromInput } from '@/lib/assignments/service';
import { simulate } from '@/lib/quiz/simulate';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const key = clientKey(request);
  if (!limiters().create.take(key)) return tooMany(limiters().create, key);
  const body = await readJson(request, createAssignmentSchema);
  if ('response' in body) return body.response;
  const { db } = await getDb();
  const created = await createFromInput(db, body.data, simulate);
  return created.ok ? json(created, 201) : failure(created.error, 422);
}
