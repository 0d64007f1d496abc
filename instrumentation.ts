// Runs once when a server process starts: open the database (and apply migrations) now, so the
// first instructor or learner does not wait for it. Lessons do not need it, so a failure is logged,
// not fatal; assignment requests then report it themselves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb } = await import('./lib/db');
  try {
    await getDb();
  } catch (e) {
    console.error(`The database could not be opened at start-up: ${e instanceof Error ? e.message : String(e)}`);
  }
}
