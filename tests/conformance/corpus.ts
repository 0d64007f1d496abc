// Shared helpers for the conformance suites: the corpus, the recorded outputs, the version keys.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform, PythonVersion } from '../../lib/sim/versions/profile';

export const CORPUS_DIR = join(import.meta.dirname, '../../../shared/conformance');

export const VERSION_KEYS: Record<string, [PythonVersion, Platform]> = {
  '3.10': ['3.10', '64bit'],
  '3.11': ['3.11', '64bit'],
  '3.12': ['3.12', '64bit'],
  '3.13': ['3.13', '64bit'],
  '3.14-wasm32': ['3.14', 'wasm32'],
};

export function corpusFiles(): string[] {
  return readdirSync(join(CORPUS_DIR, 'corpus')).filter((f) => f.endsWith('.py')).sort();
}

export function readProgram(file: string): string {
  return readFileSync(join(CORPUS_DIR, 'corpus', file), 'utf8');
}

export function expectedOutputs(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8'));
}
