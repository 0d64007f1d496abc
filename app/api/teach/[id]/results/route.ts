// POST /api/teach/<id>/results (header x-instructor-key): everything the results page shows.
// POST rather than GET so the secret travels in a header, never in a URL that logs keep.
import { getDb } from '@/lib/db';
import { assignmentId, authorizeInstructor, failure, json } from '@/lib/assignments/http';
import { instructorResults } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = await assignmentId(params);
  const denied = await authorizeInstructor(request, id);
  if (denied) return denied;
  const { db } = await getDb();
  const results = await instructorResults(db, id!, new Date());
  return results ? json({ ok: true, value: results }) : failure('Not found.', 404);
}
