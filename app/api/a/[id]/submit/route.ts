// POST /api/a/<id>/submit {browserToken, attemptId, responses}: grades on the server and stores the
// attempt once; a repeated or racing submit returns the stored result.
import { getDb } from '@/lib/db';
import { assignmentId, BAD_LINK, clientKey, failure, json, limiters, readJson, tooMany } from '@/lib/assignments/http';
import { submitSchema } from '@/lib/assignments/schemas';
import { submitResponses } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const address = clientKey(request);
  const { learnerPerAddress, learnerPerBrowser } = limiters();
  if (!learnerPerAddress.take(address)) return tooMany(learnerPerAddress, address);
  const id = await assignmentId(params);
  if (!id) return failure(BAD_LINK, 404);
  const body = await readJson(request, submitSchema);
  if ('response' in body) return body.response;
  const browserKey = `submit:${body.data.browserToken}`;
  if (!learnerPerBrowser.take(browserKey)) return tooMany(learnerPerBrowser, browserKey);
  const { db } = await getDb();
  const result = await submitResponses(db, id, body.data, new Date());
  return result.ok ? json(result) : failure(result.error, 409);
}
