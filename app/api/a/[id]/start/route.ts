// POST /api/a/<id>/start {browserToken, displayName, studentId?}: starts (or resumes) an attempt
// and returns its questions without answer keys.
import { randomInt } from 'node:crypto';
import { getDb } from '@/lib/db';
import { assignmentId, BAD_LINK, clientKey, failure, json, limiters, readJson, tooMany } from '@/lib/assignments/http';
import { startSchema } from '@/lib/assignments/schemas';
import { startAttempt } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const address = clientKey(request);
  const { learnerPerAddress, learnerPerBrowser } = limiters();
  if (!learnerPerAddress.take(address)) return tooMany(learnerPerAddress, address);
  const id = await assignmentId(params);
  if (!id) return failure(BAD_LINK, 404);
  const body = await readJson(request, startSchema);
  if ('response' in body) return body.response;
  const browserKey = `start:${body.data.browserToken}`;
  if (!learnerPerBrowser.take(browserKey)) return tooMany(learnerPerBrowser, browserKey);
  const { db } = await getDb();
  const started = await startAttempt(db, id, body.data, new Date(), randomInt(0, 2 ** 32 - 1));
  return started.ok ? json(started) : failure(started.error, 409);
}
