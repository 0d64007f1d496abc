// The typed messages between the page and its two workers: the simulator and the CPython oracle
// (Pyodide). Both sides parse what they receive with these schemas, so a worker from a stale
// deployment, or a bug, shows up as a clear protocol error instead of undefined behaviour.
import '@/lib/zod-jitless';
import { z } from 'zod';
import { PLATFORMS, PYTHON_VERSIONS } from '@/lib/share/schema';

export const budgetsSchema = z.object({
  /** Stop the simulation after this many executed instructions (the simulator enforces it). */
  maxSteps: z.number().int().positive(),
  /** Replace the worker if it has not answered within this many milliseconds (the page enforces it). */
  maxMillis: z.number().int().positive(),
});
export type Budgets = z.infer<typeof budgetsSchema>;

/**
 * Interactive budgets: a traced step costs tens of microseconds and a few hundred bytes, so 20 000
 * line steps (far more than any lesson program) end a runaway loop in about a second.
 */
export const DEFAULT_BUDGETS: Budgets = { maxSteps: 20_000, maxMillis: 10_000 };

// ---- simulator worker ----

export const simRunRequestSchema = z.object({
  type: z.literal('run'),
  id: z.number().int(),
  source: z.string(),
  python: z.enum(PYTHON_VERSIONS),
  platform: z.enum(PLATFORMS),
  budgets: budgetsSchema,
});
export type SimRunRequest = z.infer<typeof simRunRequestSchema>;

export const sourceLocationSchema = z.object({ line: z.number().int(), column: z.number().int().optional() });

export const simOutcomeSchema = z.discriminatedUnion('kind', [
  /** The program ran (to its end, to an uncaught exception, or to a budget); the trace says which. */
  z.object({ kind: z.literal('trace'), trace: z.unknown(), elapsedMs: z.number() }),
  /** The program uses Python outside the supported subset; nothing ran. */
  z.object({ kind: z.literal('refusal'), message: z.string(), location: sourceLocationSchema.optional() }),
  /** Python rejected the program before running it (SyntaxError, IndentationError…). */
  z.object({ kind: z.literal('compile-error'), message: z.string(), location: sourceLocationSchema.optional() }),
  /** The simulator itself failed: our bug, never the learner's. */
  z.object({ kind: z.literal('error'), message: z.string() }),
]);
export type SimOutcome = z.infer<typeof simOutcomeSchema>;

export const simResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('done'), id: z.number().int(), outcome: simOutcomeSchema }),
]);
export type SimResponse = z.infer<typeof simResponseSchema>;

// ---- CPython oracle worker (Pyodide) ----

export const oracleCheckRequestSchema = z.object({
  type: z.literal('check'),
  id: z.number().int(),
  source: z.string(),
});
export type OracleCheckRequest = z.infer<typeof oracleCheckRequestSchema>;

export const oracleRunResultSchema = z.object({
  stdout: z.string(),
  stderr: z.string(),
  /** The uncaught exception's last traceback line ("NameError: name 'x' is not defined"), or null. */
  error: z.string().nullable(),
  /** sys.version of the interpreter that ran it. */
  version: z.string(),
});
export type OracleRunResult = z.infer<typeof oracleRunResultSchema>;

export const oracleResponseSchema = z.discriminatedUnion('type', [
  /** A human-readable stage of loading ("Downloading CPython…"). */
  z.object({ type: z.literal('progress'), message: z.string() }),
  /** A fresh interpreter is loaded and waiting for one program. */
  z.object({ type: z.literal('ready'), loadMs: z.number() }),
  z.object({ type: z.literal('done'), id: z.number().int(), result: oracleRunResultSchema, runMs: z.number() }),
  /** Pyodide could not be loaded or crashed: nothing to do with the learner's program. */
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type OracleResponse = z.infer<typeof oracleResponseSchema>;
