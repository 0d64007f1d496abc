// Opening a database: PGlite (embedded Postgres, in a data folder or in memory) by default,
// PostgreSQL when a URL is given. Both get the same migrations, so the same SQL runs everywhere.
// No 'server-only' here so tests can import it; lib/db/index.ts is the app's guarded entry.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { schema } from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDb {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** An embedded database; `dir` undefined means in memory (tests). PGlite needs the parent folder to exist. */
export async function openPglite(dir?: string): Promise<OpenDb> {
  if (dir) mkdirSync(dirname(dir), { recursive: true });
  const client = dir ? new PGlite(dir) : new PGlite();
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

export async function openPostgres(url: string, maxConnections = 10): Promise<OpenDb> {
  const client = postgres(url, { max: maxConnections, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema });
  await migratePostgres(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'postgres', close: () => client.end() };
}

/** DATABASE_URL selects PostgreSQL; otherwise PGlite in PGLITE_DIR (default .data/pglite). */
export function openFromEnv(env: Record<string, string | undefined>): Promise<OpenDb> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  return openPglite(env.PGLITE_DIR ?? join(process.cwd(), '.data', 'pglite'));
}
