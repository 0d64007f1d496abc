// POST /api/teach/<id>/csv (form field `key`): the attempts as a CSV download. A plain form post,
// so the secret stays out of the URL and no script is needed to save the file.
import { getDb } from '@/lib/db';
import { resultsCsv } from '@/lib/assignments/csv';
import { assignmentId, authorizeInstructor, failure } from '@/lib/assignments/http';
import { LIMITS } from '@/lib/assignments/limits';
import { instructorResults } from '@/lib/assignments/service';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = await assignmentId(params);
  if (Number(request.headers.get('content-length') ?? '0') > LIMITS.bodyBytes) return failure('The request is too large.', 413);
  let secret: string | null = null;
  try {
    const form = await request.formData();
    const value = form.get('key');
    secret = typeof value === 'string' ? value : null;
  } catch {
    return failure('Expected a form.', 400);
  }
  const denied = await authorizeInstructor(request, id, secret ?? '');
  if (denied) return denied;
  const { db } = await getDb();
  const results = await instructorResults(db, id!, new Date());
  if (!results) return failure('Not found.', 404);
  return new Response(resultsCsv(results.attempts), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="assignment-${id}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
