import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline from lib/db/schema.ts and committed; the app applies them at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './lib/db/schema.ts',
  out: './lib/db/migrations',
  ...(process.env.DATABASE_URL
    ? { dbCredentials: { url: process.env.DATABASE_URL } }
    : { driver: 'pglite', dbCredentials: { url: './.data/pglite' } }),
});
