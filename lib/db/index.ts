// The app's one database per server process, kept on globalThis so hot reloads in development
// reuse it instead of opening PGlite again (a second PGlite on the same folder would corrupt it).
import 'server-only';
import { openFromEnv, type OpenDb } from './connect';

const holder = globalThis as typeof globalThis & { __memoryLabDb?: Promise<OpenDb> };

export function getDb(): Promise<OpenDb> {
  holder.__memoryLabDb ??= openFromEnv(process.env).catch((e: unknown) => {
    holder.__memoryLabDb = undefined; // a database that was down at the first request may be up at the next
    throw e;
  });
  return holder.__memoryLabDb;
}
