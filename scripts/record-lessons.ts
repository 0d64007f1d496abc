// Records what real CPython prints for every lesson cell and <Value>, into content/recorded/<lesson>.json.
//   npx tsx scripts/record-lessons.ts [--all] [lesson-slug...]
// Native 3.10-3.13 come from pyenv (run as `python file.py`, PYTHONHASHSEED 0 and 1, outputs must
// agree); 3.14-wasm32 from the pyodide package (runPython(source) in a fresh interpreter, as the
// site's "check with real CPython" does). Only cells whose code changed, or whose versions have no
// recording yet, are run unless --all. Interpreters that are missing are skipped and reported.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { extractRunnables, valueProgram, type CheckedVersion } from '../lib/content/cells';
import { DEFAULT_LESSONS_DIR } from '../lib/content/lessons';
import { RECORDED_DIR, readRecording, type RecordedOutput } from '../lib/content/recorded';
import { lastLine, pyodideInstalled, runPyodide } from './pyodide';

const args = process.argv.slice(2);
const all = args.includes('--all');
const only = args.filter((a) => !a.startsWith('--'));

function nativePython(version: string): string | null {
  const root = path.join(homedir(), '.pyenv', 'versions');
  if (!existsSync(root)) return null;
  const dir = readdirSync(root).filter((d) => d.startsWith(version + '.')).sort().pop();
  const exe = dir ? path.join(root, dir, 'bin', 'python3') : null;
  return exe && existsSync(exe) ? exe : null;
}

const work = mkdtempSync(path.join(tmpdir(), 'memlab-record-'));

function runNative(exe: string, source: string): RecordedOutput {
  const file = path.join(work, 'cell.py');
  writeFileSync(file, source);
  const outputs = [0, 1].map((seed) => {
    const r = spawnSync(exe, [file], {
      encoding: 'utf8', cwd: work, timeout: 60_000,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: homedir(), PYTHONHASHSEED: String(seed), PYTHONIOENCODING: 'utf-8' } as unknown as NodeJS.ProcessEnv,
    });
    return { stdout: r.stdout, error: r.status === 0 ? null : lastLine(r.stderr) ?? `exit ${r.status}` };
  });
  if (JSON.stringify(outputs[0]) !== JSON.stringify(outputs[1])) {
    throw new Error(`output differs between runs:\n${source}\n${JSON.stringify(outputs)}`);
  }
  return outputs[0];
}

async function record(version: CheckedVersion, source: string): Promise<RecordedOutput | null> {
  if (version === '3.14-wasm32') return pyodideInstalled() ? runPyodide(source) : null;
  const exe = nativePython(version);
  return exe ? runNative(exe, source) : null;
}

async function main() {
  mkdirSync(RECORDED_DIR, { recursive: true });
  const missing = new Set<string>();
  const lessons = readdirSync(DEFAULT_LESSONS_DIR).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''))
    .filter((slug) => only.length === 0 || only.includes(slug));
  for (const lesson of lessons) {
    const { cells, values } = extractRunnables(lesson, readFileSync(path.join(DEFAULT_LESSONS_DIR, `${lesson}.mdx`), 'utf8'));
    const old = readRecording(lesson);
    const next = { cells: {} as typeof old.cells, values: {} as typeof old.values };
    let ran = 0;
    for (const cell of cells) {
      const kept = old.cells[cell.id]?.code === cell.code && !all ? old.cells[cell.id].outputs : {};
      const outputs: Record<string, RecordedOutput> = {};
      for (const version of cell.versions) {
        const got = kept[version] ?? (ran++, await record(version, cell.code));
        if (got) outputs[version] = got;
        else missing.add(version);
      }
      next.cells[cell.id] = { code: cell.code, outputs };
    }
    for (const value of values) {
      const got = (!all && old.values[value.key]) || (ran++, await record(value.version, valueProgram(value)));
      if (got) next.values[value.key] = got;
      else missing.add(value.version);
    }
    writeFileSync(path.join(RECORDED_DIR, `${lesson}.json`), JSON.stringify(next, null, 1) + '\n');
    console.log(`${lesson}: ${cells.length} cells, ${values.length} values, ${ran} runs`);
  }
  if (missing.size) console.log(`not installed here, not recorded: ${[...missing].join(', ')}`);
}

await main();
