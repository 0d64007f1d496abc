// The simulator CLI (npm run --silent sim -- ...). Used by the conformance scorer.
//   --python 3.12 [--platform wasm32] FILE.py     print stdout; an uncaught exception's last line on stderr, exit 1
//   --json FILE...                                one JSON object {FILE: {stdout, error}}
//   --trace FILE.py                               the trace as JSON
//   --dis FILE.py                                 the bytecode
//   --check                                       verify the refcount invariants after every step
import { readFileSync } from 'node:fs';
import { run, profileFor, traceJson } from '../lib/sim/index';
import { compile } from '../lib/sim/compiler';
import { disassemble } from '../lib/sim/compiler/dis';
import { isSimError } from '../lib/sim/errors';
import type { Platform, PythonVersion } from '../lib/sim/versions/profile';

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`sim: cannot read ${file}: ${(e as Error).message}\n`);
    return null;
  }
}

function main(argv: string[]): number {
  let python: PythonVersion = '3.12';
  let platform: Platform = '64bit';
  let json = false;
  let trace = false;
  let dis = false;
  let checkInvariants = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--python') python = argv[++i] as PythonVersion;
    else if (a === '--platform') platform = argv[++i] as Platform;
    else if (a === '--json') json = true;
    else if (a === '--trace') trace = true;
    else if (a === '--dis') dis = true;
    else if (a === '--check') checkInvariants = true;
    else files.push(a);
  }
  let profile;
  try {
    profile = profileFor(python, platform);
  } catch (e) {
    process.stderr.write(`sim: ${(e as Error).message}\n`);
    return 2;
  }
  if (json) {
    const out: Record<string, { stdout: string; error: string | null }> = {};
    for (const f of files) {
      const src = readSource(f);
      if (src === null) {
        out[f] = { stdout: '', error: 'cannot read file' };
        continue;
      }
      const r = run(src, profile, { checkInvariants }, f);
      out[f] = { stdout: r.stdout, error: r.error };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const src = readSource(f);
    if (src === null) {
      status = 2;
      continue;
    }
    if (dis) {
      try {
        process.stdout.write(disassemble(compile(src, f, profile.compiler)) + '\n');
      } catch (e) {
        if (!isSimError(e)) throw e;
        process.stderr.write(`${e.message}\n`);
        status = 1;
      }
      continue;
    }
    const r = run(src, profile, { trace, checkInvariants }, f);
    if (trace) process.stdout.write((r.trace ? traceJson(r.trace) : 'null') + '\n');
    else process.stdout.write(r.stdout);
    if (r.stderr) process.stderr.write(r.stderr);
    if (r.error) {
      process.stderr.write(r.error + '\n');
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
