// Records what CPython 3.14 on wasm32 (Pyodide, a fresh interpreter per program) prints for a sample
// of every quiz template's variants, into tests/quiz/recorded/wasm32-variants.json. Loading Pyodide
// takes seconds per program, too slow for every test run, so the test reads this recording.
//   npm run record:quiz-wasm32
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWasm32Variants, WASM32_RECORDING, type Wasm32Recording } from '../tests/quiz/wasm32-sample';
import { PYODIDE_DIR, pyodideInstalled, runPyodide } from './pyodide';

async function main() {
  if (!pyodideInstalled()) throw new Error('node_modules/pyodide is missing: run npm install first');
  const pyodide = JSON.parse(readFileSync(join(PYODIDE_DIR, 'package.json'), 'utf8')) as { version: string };
  const variants = sampleWasm32Variants();
  // Only programs not recorded yet are run: Pyodide's output depends on the program alone.
  const old: Wasm32Recording | null = existsSync(WASM32_RECORDING) ? JSON.parse(readFileSync(WASM32_RECORDING, 'utf8')) : null;
  const known = new Map((old?.variants ?? []).map((v) => [v.program, { stdout: v.stdout, error: v.error }]));
  const recording: Wasm32Recording = { pyodide: pyodide.version, variants: [] };
  for (const [i, v] of variants.entries()) {
    const run = (old?.pyodide === pyodide.version && known.get(v.program)) || (await runPyodide(v.program));
    recording.variants.push({ ...v, ...run });
    process.stdout.write(`\r${i + 1}/${variants.length} ${v.templateId}        `);
  }
  writeFileSync(WASM32_RECORDING, JSON.stringify(recording, null, 1) + '\n');
  console.log(`\nwrote ${variants.length} recordings to ${WASM32_RECORDING}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
