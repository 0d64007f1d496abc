// Request plumbing shared by the assignment routes: bounded JSON bodies, zod validation, the
// instructor secret from a header or form field, the client's address for rate limits, and the
// process-wide rate limiters.
import 'server-only';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { getDb } from '@/lib/db';
import { instructorMayView } from '@/lib/db/queries';
import { LIMITS } from './limits';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { firstIssue, idSchema, secretSchema } from './schemas';

const noStore = { 'Cache-Control': 'no-store' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { ...noStore, ...headers } });
}

export function failure(error: string, status: number, headers: Record<string, string> = {}): NextResponse {
  return json({ ok: false, error }, status, headers);
}

/** Reads at most LIMITS.bodyBytes of the body as text, or null if it is larger. */
async function boundedText(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > LIMITS.bodyBytes) return null;
  const text = await request.text();
  return Buffer.byteLength(text, 'utf8') > LIMITS.bodyBytes ? null : text;
}

export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { response: NextResponse }> {
  const text = await boundedText(request);
  if (text === null) return { response: failure('The request is too large.', 413) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { response: failure('The request is not valid JSON.', 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { response: failure(firstIssue(parsed.error), 400) };
  return { data: parsed.data };
}

/** The address for rate limits: the first X-Forwarded-For hop when behind a proxy, else one shared key. */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded && forwarded.length <= 64 ? forwarded : 'direct';
}

interface Limiters {
  create: RateLimiter;
  learnerPerBrowser: RateLimiter;
  learnerPerAddress: RateLimiter;
  instructor: RateLimiter;
  /** Custom-question checks run the simulator (up to ~2 s of CPU for a runaway loop). */
  check: RateLimiter;
}
const holder = globalThis as typeof globalThis & { __memoryLabLimiters?: Limiters };
/** One set per process. A whole class may share one address (school NAT), hence the generous per-address cap. */
export function limiters(): Limiters {
  holder.__memoryLabLimiters ??= {
    create: createRateLimiter(20, 10 * 60_000),
    learnerPerBrowser: createRateLimiter(30, 60_000),
    learnerPerAddress: createRateLimiter(5_000, 60_000),
    instructor: createRateLimiter(240, 60_000),
    check: createRateLimiter(30, 60_000),
  };
  return holder.__memoryLabLimiters;
}

export function tooMany(limiter: RateLimiter, key: string): NextResponse {
  const wait = limiter.retryAfter(key);
  return failure(`Too many requests. Try again in ${wait} seconds.`, 429, { 'Retry-After': String(wait) });
}

export const BAD_LINK = 'This link is not valid: check that you copied all of it.';
export const BAD_INSTRUCTOR_LINK = 'This instructor link is not valid, or its key was replaced. Use the newest private link.';

export async function assignmentId(params: Promise<{ id: string }>): Promise<string | null> {
  const parsed = idSchema.safeParse((await params).id);
  return parsed.success ? parsed.data : null;
}

/** Checks the instructor secret (header x-instructor-key, or a form field `key`). */
export async function authorizeInstructor(request: Request, id: string | null, secretFromForm?: string | null): Promise<NextResponse | null> {
  const key = clientKey(request);
  if (!limiters().instructor.take(key)) return tooMany(limiters().instructor, key);
  const secret = secretSchema.safeParse(secretFromForm ?? request.headers.get('x-instructor-key') ?? '');
  if (!id || !secret.success) return failure(BAD_INSTRUCTOR_LINK, 404);
  const { db } = await getDb();
  return (await instructorMayView(db, id, secret.data)) ? null : failure(BAD_INSTRUCTOR_LINK, 404);
}

/**
 * The checks every learner request passes before it touches the database, in this order: the
 * per-address rate limit, a well-formed link, a valid body, then the per-browser limit for `action`.
 */
export async function admitLearner<S extends z.ZodType<{ browserToken: string }>>(
  request: Request,
  params: Promise<{ id: string }>,
  schema: S,
  action: 'start' | 'submit',
): Promise<{ id: string; data: z.infer<S> } | { response: NextResponse }> {
  const address = clientKey(request);
  const { learnerPerAddress, learnerPerBrowser } = limiters();
  if (!learnerPerAddress.take(address)) return { response: tooMany(learnerPerAddress, address) };
  const id = await assignmentId(params);
  if (!id) return { response: failure(BAD_LINK, 404) };
  const body = await readJson(request, schema);
  if ('response' in body) return body;
  const browserKey = `${action}:${body.data.browserToken}`;
  if (!learnerPerBrowser.take(browserKey)) return { response: tooMany(learnerPerBrowser, browserKey) };
  return { id, data: body.data };
}
