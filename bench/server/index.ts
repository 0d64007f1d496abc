// Load benchmark for assignments (issue 5): N simulated learners (default 300) open an assignment
// and submit at once against the PRODUCTION server (next start on loopback), on PGlite and on
// PostgreSQL. Prints throughput and p50/p95/p99 latency, then counts the stored rows to check that
// every submission is stored exactly once (a fifth of the learners send their submit twice).
//
//   npx tsx bench/server/index.ts [--engine pglite|postgres|both] [--learners 300] [--port 3190]
// Uses the build in $NEXT_DIST_DIR (default .next-bench), building it first if it is missing.
// PostgreSQL comes from scripts/pg-start.sh (Debian's packages) on port $PGPORT (default 55490).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import postgres from 'postgres';
import { openPglite } from '../../lib/db/connect';
import { countSubmissions } from '../../lib/db/queries';
import { summarize } from './stats';

const root = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const LEARNERS = Number(arg('learners', '300'));
const PORT = Number(arg('port', '3190'));
const ENGINES = arg('engine', 'both') === 'both' ? ['pglite', 'postgres'] : [arg('engine', 'both')];
const DIST = process.env.NEXT_DIST_DIR || '.next-bench';
const BASE = `http://127.0.0.1:${PORT}`;

interface Timings { [phase: string]: number[] }
// The API's JSON, read loosely: the benchmark checks `ok` and reads a few known fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function ensureBuild() {
  if (existsSync(join(root, DIST, 'BUILD_ID'))) return;
  console.log(`building into ${DIST} (next build)…`);
  execFileSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' } });
}

async function startServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root, env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  child.on('exit', (code, signal) => {
    if (!stopping.has(child)) console.error(`server exited (${code ?? signal}); last output:\n${log.slice(-3000)}`);
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/teach`)).ok) return child;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(child);
  throw new Error(`server did not start:\n${log}`);
}

const stopping = new Set<ChildProcess>();
function stopServer(child: ChildProcess) {
  stopping.add(child);
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch { /* already gone */ }
}

let networkRetries = 0;
/** POSTs JSON; a connection error is retried (as the learners' page does), up to 3 times. */
async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Json }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: response.status, json: await response.json() };
    } catch (error) {
      if (attempt >= 3) return { status: 0, json: { ok: false, error: String((error as Error).cause ?? error) } };
      networkRetries++;
      await new Promise((r) => setTimeout(r, 250 * (attempt + 1)));
    }
  }
}

async function timed<T>(timings: Timings, phase: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    (timings[phase] ??= []).push(performance.now() - t0);
  }
}

function answerFor(ask: { kind: string; options?: { id: string }[]; items?: { id: string }[]; categories?: { id: string }[] }, i: number): unknown {
  switch (ask.kind) {
    case 'number': return String(i % 5);
    case 'boolean': return i % 2 ? 'True' : 'False';
    case 'choice': return ask.options![i % ask.options!.length].id;
    case 'multi': return [ask.options![0].id];
    case 'order': return ask.items!.map((x) => x.id);
    default: return Object.fromEntries(ask.items!.map((x) => [x.id, ask.categories![0].id]));
  }
}

async function learner(id: string, i: number, timings: Timings, failures: string[]): Promise<number> {
  const token = `bench-learner-${String(i).padStart(6, '0')}-token`;
  await timed(timings, 'open page', async () => {
    try {
      const r = await fetch(`${BASE}/a/${id}`);
      await r.text();
      if (!r.ok) failures.push(`page ${r.status}`);
    } catch (error) {
      failures.push(`page: ${String((error as Error).cause ?? error)}`);
    }
  });
  const started = await timed(timings, 'start', () => post(`/api/a/${id}/start`, { browserToken: token, displayName: `Learner ${i}` }));
  if (!started.json.ok) {
    failures.push(`start: ${started.status} ${started.json.error}`);
    return 0;
  }
  const attempt = started.json.value;
  const body = { browserToken: token, attemptId: attempt.attemptId, responses: attempt.questions.map((q: { ask: never }, k: number) => answerFor(q.ask, i + k)) };
  // Every fifth learner double-submits (a double click or a retry): both must succeed, one stored.
  const sends = i % 5 === 0 ? 2 : 1;
  const results = await Promise.all(Array.from({ length: sends }, () => timed(timings, 'submit', () => post(`/api/a/${id}/submit`, body))));
  for (const r of results) if (!r.json.ok) failures.push(`submit: ${r.status} ${r.json.error}`);
  return attempt.questions.length;
}

async function runOnce(engine: string): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'memlab-bench-'));
  const pgliteDir = join(dataDir, 'pglite');
  let databaseUrl: string | null = null;
  const pgEnv = { ...process.env, PGPORT: process.env.PGPORT ?? '55490' };
  if (engine === 'postgres') {
    databaseUrl = execFileSync('bash', [join(root, 'scripts/pg-start.sh')], { env: pgEnv, encoding: 'utf8' }).trim().split('\n').pop()!;
  }
  const server = await startServer(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir });
  try {
    const created = await post('/api/teach', {
      title: 'Bench', python: '3.12', templateIds: ['names-eq-vs-is', 'refcount-del-name', 'names-alias-or-copy'], bankQuestionCount: 3,
      customQuestions: [{ program: 'x = [1]\ny = x\nprint(x is y)\n', ask: { kind: 'boolean', line: 3 } }],
      attemptsAllowed: 1, reveal: 'after_submit',
    });
    if (!created.json.ok) throw new Error(`create failed: ${JSON.stringify(created.json)}`);
    const { id, instructorSecret } = created.json.value;
    // One learner first, so the server has compiled its routes and opened the database.
    const warm: Timings = {};
    await learner(id, LEARNERS + 1, warm, []);

    const timings: Timings = {};
    const failures: string[] = [];
    networkRetries = 0;
    const t0 = performance.now();
    const sessions = await Promise.all(Array.from({ length: LEARNERS }, (_, i) =>
      timed(timings, 'whole learner', () => learner(id, i, timings, failures))));
    const wall = (performance.now() - t0) / 1000;
    const requests = Object.entries(timings).filter(([k]) => k !== 'whole learner').reduce((n, [, v]) => n + v.length, 0);
    const expectedAnswers = sessions.reduce((n, q) => n + q, 0) + 4;

    const results = await post(`/api/teach/${id}/results`, {}, { 'x-instructor-key': instructorSecret });
    const viaApi = results.json.value.attempts.filter((a: { submittedAt: string | null }) => a.submittedAt).length;
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1500));
    let rows: { attempts: number; submitted: number; answers: number };
    if (databaseUrl) {
      const sql = postgres(databaseUrl, { onnotice: () => {} });
      const [a] = await sql`select count(*)::int as n, count(submitted_at)::int as s from attempts where assignment_id = ${id}`;
      const [b] = await sql`select count(*)::int as n from answers join attempts on answers.attempt_id = attempts.id where attempts.assignment_id = ${id}`;
      await sql.end();
      rows = { attempts: a.n, submitted: a.s, answers: b.n };
    } else {
      const db = await openPglite(pgliteDir);
      rows = await countSubmissions(db.db, id);
      await db.close();
    }

    const expected = LEARNERS + 1;
    const ok = failures.length === 0 && rows.attempts === expected && rows.submitted === expected && rows.answers === expectedAnswers && viaApi === expected;
    console.log(`\n== ${engine}: ${LEARNERS} learners at once (+1 warm-up), production server on ${BASE}`);
    console.log(`wall ${wall.toFixed(2)} s · ${requests} requests · ${(requests / wall).toFixed(1)} req/s · ${(LEARNERS / wall).toFixed(1)} learners/s`);
    for (const phase of ['open page', 'start', 'submit', 'whole learner']) console.log(summarize(phase, timings[phase] ?? []));
    console.log(`stored: ${rows.attempts} attempts (expected ${expected}), ${rows.submitted} submitted, ${rows.answers} answers (expected ${expectedAnswers}); results API lists ${viaApi} submitted`);
    console.log(`connection retries: ${networkRetries}`);
    console.log(`failures: ${failures.length}${failures.length ? ` (first: ${failures.slice(0, 3).join(' | ')})` : ''}`);
    console.log(ok ? 'OK: every submission stored exactly once' : 'FAIL: rows do not match the submissions');
    return ok;
  } finally {
    stopServer(server);
    if (engine === 'postgres') execFileSync('bash', [join(root, 'scripts/pg-stop.sh')], { env: pgEnv });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

ensureBuild();
let allOk = true;
for (const engine of ENGINES) allOk = (await runOnce(engine)) && allOk;
process.exit(allOk ? 0 : 1);
