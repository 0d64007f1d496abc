// POST /api/a/<id>/status {browserToken}: this browser's unfinished attempt (to resume) and results.
import { getDb } from '@/lib/db';
import { assignmentId, BAD_LINK, clientKey, failure, json, limiters, readJson, tooMany } from '@/lib/assignments/http';
import { resumeSchema } from '@/lib/assignments/schemas';
import { learnerStatus } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const address = clientKey(request);
  if (!limiters().learnerPerAddress.take(address)) return tooMany(limiters().learnerPerAddress, address);
  const id = await assignmentId(params);
  if (!id) return failure(BAD_LINK, 404);
  const body = await readJson(request, resumeSchema);
  if ('response' in body) return body.response;
  const { db } = await getDb();
  const status = await learnerStatus(db, id, body.data.browserToken, new Date());
  return status.ok ? json(status) : failure(status.error, 404);
}
