// POST /api/teach/<id>/attempt {attemptId} (header x-instructor-key): one learner's attempt in detail.
import { getDb } from '@/lib/db';
import { assignmentId, authorizeInstructor, failure, json, readJson } from '@/lib/assignments/http';
import { attemptDetailSchema } from '@/lib/assignments/schemas';
import { instructorAttemptDetail } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = await assignmentId(params);
  const denied = await authorizeInstructor(request, id);
  if (denied) return denied;
  const body = await readJson(request, attemptDetailSchema);
  if ('response' in body) return body.response;
  const { db } = await getDb();
  const detail = await instructorAttemptDetail(db, id!, body.data.attemptId);
  return detail ? json({ ok: true, value: detail }) : failure('That attempt was not found.', 404);
}
