// The app's one database per server process, kept on globalThis so hot reloads in development
// reuse it instead of opening PGlite again (a second PGlite on the same folder would corrupt it).
import 'server-only';
import { openFromEnv, type OpenDb } from './connect';

const holder = globalThis as typeof globalThis & { __memoryLabDb?: Promise<OpenDb> };

export function getDb(): Promise<OpenDb> {
  holder.__memoryLabDb ??= openFromEnv(process.env);
  return holder.__memoryLabDb;
}
