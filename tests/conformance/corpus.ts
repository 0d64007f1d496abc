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

/** Our own corpora of programs the public one lacks, one folder per topic (see unseen/README.md). */
export const UNSEEN_DIR = join(import.meta.dirname, 'unseen');

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(join(dir, 'corpus')).filter((f) => f.endsWith('.py')).sort();
}

export function readProgram(file: string, dir = CORPUS_DIR): string {
  return readFileSync(join(dir, 'corpus', file), 'utf8');
}

export function expectedOutputs(dir = CORPUS_DIR): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
}
