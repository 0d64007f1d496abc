// POST /api/teach/<id>/close (header x-instructor-key): stop accepting answers now.
import { getDb } from '@/lib/db';
import { assignmentId, authorizeInstructor, json } from '@/lib/assignments/http';
import { closeNow } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = await assignmentId(params);
  const denied = await authorizeInstructor(request, id);
  if (denied) return denied;
  const { db } = await getDb();
  await closeNow(db, id!, new Date());
  return json({ ok: true, value: null });
}
