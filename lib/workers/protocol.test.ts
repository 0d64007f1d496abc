import { describe, expect, it } from 'vitest';
import { oracleCheckRequestSchema, oracleResponseSchema, simResponseSchema, simRunRequestSchema } from './protocol';

const run = { type: 'run', id: 1, source: 'x = 1\n', python: '3.12', platform: '64bit', budgets: { maxSteps: 1000, maxMillis: 5000 } };

describe('simulator protocol', () => {
  it('accepts a well-formed run request', () => {
    expect(simRunRequestSchema.parse(run)).toEqual(run);
  });

  it('rejects unknown versions, platforms and bad budgets', () => {
    expect(simRunRequestSchema.safeParse({ ...run, python: '3.9' }).success).toBe(false);
    expect(simRunRequestSchema.safeParse({ ...run, platform: 'arm' }).success).toBe(false);
    expect(simRunRequestSchema.safeParse({ ...run, budgets: { maxSteps: 0, maxMillis: 5000 } }).success).toBe(false);
    expect(simRunRequestSchema.safeParse({ ...run, budgets: { maxSteps: 10 } }).success).toBe(false);
    expect(simRunRequestSchema.safeParse({ ...run, source: undefined }).success).toBe(false);
  });

  it('accepts the three outcomes and nothing else', () => {
    for (const outcome of [
      { kind: 'trace', trace: { steps: [] }, elapsedMs: 3 },
      { kind: 'refusal', message: 'not supported yet: generators', location: { line: 4, column: 0 } },
      { kind: 'error', message: 'boom' },
    ]) {
      expect(simResponseSchema.safeParse({ type: 'done', id: 1, outcome }).success).toBe(true);
    }
    expect(simResponseSchema.safeParse({ type: 'done', id: 1, outcome: { kind: 'maybe' } }).success).toBe(false);
    expect(simResponseSchema.safeParse({ type: 'done', id: 1, outcome: { kind: 'refusal' } }).success).toBe(false);
    expect(simResponseSchema.safeParse({ type: 'ready' }).success).toBe(true);
  });
});

describe('oracle protocol', () => {
  it('parses check requests and every response kind', () => {
    expect(oracleCheckRequestSchema.safeParse({ type: 'check', id: 2, source: 'print(1)' }).success).toBe(true);
    expect(oracleCheckRequestSchema.safeParse({ type: 'check', id: 'two', source: 'print(1)' }).success).toBe(false);
    const done = { type: 'done', id: 2, runMs: 4, result: { stdout: '1\n', stderr: '', error: null, version: '3.14.2 (main)' } };
    expect(oracleResponseSchema.parse(done)).toEqual(done);
    expect(oracleResponseSchema.safeParse({ ...done, result: { ...done.result, error: 3 } }).success).toBe(false);
    expect(oracleResponseSchema.safeParse({ type: 'progress', message: 'Loading…' }).success).toBe(true);
    expect(oracleResponseSchema.safeParse({ type: 'ready', loadMs: 4000 }).success).toBe(true);
    expect(oracleResponseSchema.safeParse({ type: 'failed' }).success).toBe(false);
  });
});
