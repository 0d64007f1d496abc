// POST /api/teach/<id>/rotate (header x-instructor-key): replaces the secret; the old link stops working.
import { getDb } from '@/lib/db';
import { rotateInstructorSecret } from '@/lib/db/queries';
import { assignmentId, authorizeInstructor, BAD_INSTRUCTOR_LINK, failure, json } from '@/lib/assignments/http';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = await assignmentId(params);
  const denied = await authorizeInstructor(request, id);
  if (denied) return denied;
  const { db } = await getDb();
  const fresh = await rotateInstructorSecret(db, id!, request.headers.get('x-instructor-key')!);
  return fresh ? json({ ok: true, value: { instructorSecret: fresh } }) : failure(BAD_INSTRUCTOR_LINK, 404);
}
